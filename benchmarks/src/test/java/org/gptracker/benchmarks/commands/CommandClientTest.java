package org.gptracker.benchmarks.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.gptracker.benchmarks.freshness.FreshnessProbe;
import org.gptracker.benchmarks.freshness.PollingFreshness;
import org.gptracker.benchmarks.loading.GpHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandClientTest {

    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private HttpServer server;
    private volatile int refuseAfter = Integer.MAX_VALUE;

    @BeforeEach
    void commandService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            exchange.getRequestBody().readAllBytes();
            paths.add(path);
            int status = paths.size() > refuseAfter ? 409 : path.endsWith("/projects") || path.endsWith("/offers") ? 201 : 200;
            String body = status == 409 ? "{\"code\":\"PROJECT_CLOSED\"}"
                    : path.endsWith("/projects") ? "{\"projectId\":\"p" + ids.incrementAndGet() + "\"}"
                    : path.endsWith("/offers") ? "{\"offerId\":\"o" + ids.incrementAndGet() + "\"}" : "{}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private final CommandTally tally = new CommandTally();

    /** Drives one script to its end (or its first refusal) against the fake command service. */
    private void drive(List<LifecycleScript.Step> script) {
        GpHttp http = new GpHttp(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "token");
        FreshnessProbe noWatchers = new PollingFreshness(http, 0, Duration.ofMillis(5));
        long noDeadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        new CommandClient(http, new Random(3), noDeadline, tally, noWatchers).drive(script);
    }

    private static List<LifecycleScript.Step> twoOffersOneAccepted() {
        return List.of(new LifecycleScript.Propose("UA", "NUCLEAR", 1_000_000), new LifecycleScript.Offer("JP", 500_000),
                new LifecycleScript.Offer("CA", 500_000), new LifecycleScript.Accept(1), new LifecycleScript.Commit("CA", 500_000),
                new LifecycleScript.Disburse("CA", 200_000), new LifecycleScript.Disburse("CA", 300_000), new LifecycleScript.Close());
    }

    @Test
    void everyStepGoesToTheProjectAndTheOfferTheServiceNamed() {
        drive(twoOffersOneAccepted());

        assertThat(paths).containsExactly("/api/projects", "/api/projects/p1/offers", "/api/projects/p1/offers",
                "/api/projects/p1/offers/o3/accept", "/api/projects/p1/commitments", "/api/projects/p1/disbursements",
                "/api/projects/p1/disbursements", "/api/projects/p1/close");
        assertThat(tally.errors()).isZero();
        assertThat(tally.acceptedByKind()).containsEntry("propose", 1L).containsEntry("offer", 2L).containsEntry("accept", 1L)
                .containsEntry("commit", 1L).containsEntry("disburse", 2L).containsEntry("close", 1L);
    }

    @Test
    void aRefusedCommandIsCountedByStatusAndEndsItsProject() {
        refuseAfter = 3;

        drive(twoOffersOneAccepted());

        assertThat(paths).hasSize(4);
        assertThat(tally.accepted()).isEqualTo(3);
        assertThat(tally.errorsByStatus()).containsOnlyKeys(409);
        assertThat(tally.firstError()).contains("/api/projects/p1/offers/o3/accept -> 409").contains("PROJECT_CLOSED");
    }
}
