package org.gptracker.query.consistency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stands in for the command service's {@code GET /admin/aggregates}: a real HTTP server on a free
 * port of this machine, answering what a test says the event store holds. One is shared by every
 * integration test of the JVM ({@link #shared()}), started before the Spring context so the context
 * can be pointed at it.
 */
public final class CommandServiceStandIn implements AutoCloseable {

    /** One aggregate as the event store knows it. */
    public record StoredAggregate(String aggregateId, String aggregateType, long lastSequence) {
    }

    private record Answer(int status, byte[] body, Duration delay) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static CommandServiceStandIn shared;

    private final int port;
    private final ExecutorService threads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "command-service-stand-in");
        thread.setDaemon(true);
        return thread;
    });
    private HttpServer server;
    private volatile Answer answer;
    /** Answers the next request only, before {@link #answer} again. */
    private final AtomicReference<Answer> once = new AtomicReference<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String lastAuthorization;

    private CommandServiceStandIn() {
        this.server = listen(0);
        this.port = server.getAddress().getPort();
        holds(List.of());
    }

    /** A stand-in of its own, holding nothing yet. */
    public static CommandServiceStandIn start() {
        return new CommandServiceStandIn();
    }

    /** The one the integration tests' shared Spring context asks. */
    public static synchronized CommandServiceStandIn shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** Points the query service at this stand-in, with a read timeout short enough for a test to wait out. */
    public Map<String, String> springProperties() {
        return Map.of("gp.command-service.url", url().toString(),
                "gp.command-service.read-timeout", "2s");
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** From now on answers that the event store holds these aggregates, and nothing else. */
    public void holds(List<StoredAggregate> aggregates) {
        try {
            answer = new Answer(200, JSON.writeValueAsBytes(Map.of("aggregates", aggregates)), Duration.ZERO);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From now on answers every request with that status and body. */
    public void answers(int status, String body) {
        answer = new Answer(status, body.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
    }

    /** Answers the next request with that status and body, and the ones after it as before. */
    public void answersOnce(int status, String body) {
        once.set(new Answer(status, body.getBytes(StandardCharsets.UTF_8), Duration.ZERO));
    }

    /** Requests answered so far. */
    public int requests() {
        return requests.get();
    }

    /** From now on answers as it does now, but only after that long. */
    public void answersAfter(Duration delay) {
        answer = new Answer(answer.status(), answer.body(), delay);
    }

    /** The Authorization header of the last request, null when it had none. */
    public String lastAuthorization() {
        return lastAuthorization;
    }

    /** Stops listening, so a connection to its port is refused, until {@link #comeBack()}. */
    public synchronized void goDown() {
        server.stop(0);
    }

    public synchronized void comeBack() {
        server = listen(port);
    }

    @Override
    public synchronized void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer listening = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            listening.createContext("/admin/aggregates", this::respond);
            listening.setExecutor(threads);
            listening.start();
            return listening;
        } catch (IOException e) {
            throw new UncheckedIOException("The command service stand-in could not listen on port " + onPort, e);
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        try (exchange) {
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.incrementAndGet();
            Answer next = once.getAndSet(null);
            Answer now = next == null ? answer : next;
            if (!now.delay().isZero()) {
                Thread.sleep(now.delay().toMillis());
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(now.status(), now.body().length == 0 ? -1 : now.body().length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(now.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
