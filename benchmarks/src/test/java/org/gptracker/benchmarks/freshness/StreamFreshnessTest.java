package org.gptracker.benchmarks.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StreamFreshnessTest {

    private final BlockingQueue<String> toSend = new LinkedBlockingQueue<>();
    private volatile String authorization;
    private HttpServer server;

    /** The query side's live stream: sends whatever the test puts in {@link #toSend}, as server-sent events. */
    @BeforeEach
    void querySide() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/stream", exchange -> {
            authorization = exchange.getRequestHeaders().getFirst("Authorization");
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
            try {
                while (true) {
                    String event = toSend.poll(1, TimeUnit.SECONDS);
                    if (event == null) {
                        break;
                    }
                    body.write(event.getBytes(StandardCharsets.UTF_8));
                    body.flush();
                }
            } catch (InterruptedException | IOException e) {
                // the client went away
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private StreamFreshness probe(Duration giveUp) {
        return new StreamFreshness(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "secret", giveUp);
    }

    private static String event(int id, String project, long sequence) {
        return "id: " + id + "\nevent: gp-event\ndata: {\"eventId\":\"e" + id + "\",\"aggregateType\":\"project\",\"aggregateId\":\""
                + project + "\",\"sequence\":" + sequence + ",\"status\":\"PROPOSED\"}\n\n";
    }

    @Test
    void everyCommandIsTimedWhetherItsEventArrivesBeforeOrAfterItsAnswer() throws InterruptedException {
        StreamFreshness probe = probe(Duration.ofSeconds(5));
        toSend.add(event(1, "p1", 0));
        Thread.sleep(300);
        probe.offer("p1", 0, System.nanoTime());
        probe.offer("p2", 0, System.nanoTime());
        Thread.sleep(50);
        toSend.add(event(2, "p2", 0));

        FreshnessProbe.Result result = probe.stop();

        assertThat(result.visibleAfter().count()).isEqualTo(2);
        assertThat(result.neverSeen()).isZero();
        assertThat(result.visibleAfter().maxMs()).as("p2 came 50 ms after its answer").isGreaterThanOrEqualTo(40);
        assertThat(authorization).isEqualTo("Bearer secret");
    }

    @Test
    void aCommandWhoseEventNeverComesCountsAsNeverSeen() {
        StreamFreshness probe = probe(Duration.ofMillis(300));
        probe.offer("p1", 0, System.nanoTime());
        toSend.add(event(1, "p1", 1));

        FreshnessProbe.Result result = probe.stop();

        assertThat(result.visibleAfter().count()).isZero();
        assertThat(result.neverSeen()).isEqualTo(1);
    }
}
