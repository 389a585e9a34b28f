package org.gptracker.query.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A reader of {@code GET /api/stream} that reads as fast as events come and keeps them, as a dashboard would. */
final class SseClient implements AutoCloseable {

    /** One server-sent event. */
    record Message(String id, String event, String data, String retry) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final AtomicInteger heartbeats = new AtomicInteger();
    private volatile String retry;
    private volatile boolean ended;

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        if (response.statusCode() == 200) {
            Thread reader = new Thread(this::read, "sse-test-client");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Connects; answers once the response's headers have arrived. */
    static SseClient connect(URI uri, String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The whole body of a response that is not a stream (a problem). */
    String body() throws IOException {
        try (InputStream body = response.body()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String retry() {
        return retry;
    }

    int heartbeats() {
        return heartbeats.get();
    }

    boolean ended() {
        return ended;
    }

    /** The next {@code count} events, each within {@code patience}. */
    List<Message> next(int count, Duration patience) throws InterruptedException {
        List<Message> received = new ArrayList<>();
        while (received.size() < count) {
            Message message = messages.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("received " + received.size() + " of " + count + " events: " + received);
            }
            received.add(message);
        }
        return received;
    }

    /** Every event received within {@code wait} from now. */
    List<Message> drain(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        List<Message> received = new ArrayList<>();
        messages.drainTo(received);
        return received;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        messages.add(new Message(id, event, data.toString(), retry));
                    }
                    id = null;
                    event = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    heartbeats.incrementAndGet();
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = data == null ? new StringBuilder(line.substring(6)) : data.append('\n').append(line.substring(6));
                } else if (line.startsWith("retry: ")) {
                    retry = line.substring(7);
                }
            }
        } catch (IOException closed) {
            // closed by the test
        } finally {
            ended = true;
        }
    }

    /** Goes away, as a dashboard whose network drops. */
    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
