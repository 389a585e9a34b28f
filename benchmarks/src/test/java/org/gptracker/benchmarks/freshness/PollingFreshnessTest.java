package org.gptracker.benchmarks.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.gptracker.benchmarks.loading.GpHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PollingFreshnessTest {

    private final AtomicInteger asked = new AtomicInteger();
    private HttpServer server;

    /** The query side: a 404 first, then version 0, and version 2 from the fourth answer on. */
    @BeforeEach
    void querySide() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/projects/", exchange -> {
            int call = asked.incrementAndGet();
            int status = call == 1 ? 404 : 200;
            byte[] body = (status == 404 ? "{}" : "{\"version\":" + (call < 4 ? 0 : 2) + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private GpHttp queries() {
        return new GpHttp(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "token");
    }

    @Test
    void aCommandCountsAsVisibleOnlyOnceTheProjectShowsItsVersion() throws InterruptedException {
        FreshnessProbe probe = new PollingFreshness(queries(), 1, Duration.ofMillis(1));
        long acknowledged = System.nanoTime();

        while (asked.get() == 0) {
            // taken only once the watcher waits for a sample; while it follows this one, further offers are not
            probe.offer("p1", 2, acknowledged);
            Thread.sleep(5);
        }
        while (asked.get() < 4) {
            Thread.sleep(5);
        }
        FreshnessProbe.Result result = probe.stop();

        assertThat(result.visibleAfter().count()).isEqualTo(1);
        assertThat(result.neverSeen()).isZero();
        assertThat(asked.get()).as("asked until version 2 showed, then stopped").isEqualTo(4);
    }

    @Test
    void withoutAnIdleWatcherACommandIsNotSampled() {
        FreshnessProbe probe = new PollingFreshness(queries(), 0, Duration.ofMillis(1));

        probe.offer("p1", 0, System.nanoTime());
        FreshnessProbe.Result result = probe.stop();

        assertThat(result.visibleAfter().count()).isZero();
        assertThat(asked.get()).isZero();
    }
}
