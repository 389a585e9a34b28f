package org.gptracker.localstack;

import org.gptracker.localstack.Portfolio.MatchedProject;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Commitments and disbursements sent as a careful client sends them: each with an Idempotency-Key of its own,
 * repeated with the same key while the command service cannot be reached or answers 503, so that each is stored
 * exactly once however the service fails. What is accepted goes into the {@link Ledger}.
 */
final class FundingTraffic {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    private final Function<String, URI> command;
    private final JsonHttp http;
    private final Ledger ledger;
    private final Duration patience;
    private final AtomicInteger amounts = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger replayed = new AtomicInteger();
    private final List<Long> latenciesMillis = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

    /** {@code patience}: how long one command is repeated before it counts as unanswered. */
    FundingTraffic(Function<String, URI> command, JsonHttp http, Ledger ledger, Duration patience) {
        this.command = command;
        this.http = http;
        this.ledger = ledger;
        this.patience = patience;
    }

    /** One round on a project: a commitment, then a disbursement of half of it. */
    void round(MatchedProject project) {
        BigDecimal amount = BigDecimal.valueOf(100_000 + (amounts.incrementAndGet() * 7_919L) % 900_000, 2);
        JsonHttp.Response committed = send(project, "commitments", amount);
        if (committed != null && committed.status() == 201) {
            ledger.committed(project.projectId(), committed.json().get("commitmentId").asText(), amount);
            BigDecimal half = amount.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
            JsonHttp.Response disbursed = send(project, "disbursements", half);
            if (disbursed != null && disbursed.status() == 201) {
                ledger.disbursed(project.projectId(), disbursed.json().get("disbursementId").asText(), half);
            }
        }
    }

    /** {@code rounds} rounds on every project, the projects shared out among {@code threads} clients; returns when all are done. */
    void run(List<MatchedProject> projects, int threads, int rounds, Duration timeout) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int client = 0; client < threads; client++) {
                List<MatchedProject> own = new ArrayList<>();
                for (int i = client; i < projects.size(); i += threads) {
                    own.add(projects.get(i));
                }
                work.add(clients.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        own.forEach(this::round);
                    }
                }));
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            for (Future<?> each : work) {
                each.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** Commands sent (each counted once, however often it was repeated). */
    int sent() {
        return sent.get();
    }

    /** Commands that had to be repeated because the service was unreachable or unavailable. */
    int retried() {
        return retried.get();
    }

    /** Repeated commands the service answered from its idempotency record: they had been stored before it failed. */
    int replayed() {
        return replayed.get();
    }

    /** Each command's time from first send to final answer, in milliseconds. */
    List<Long> latenciesMillis() {
        synchronized (latenciesMillis) {
            return List.copyOf(latenciesMillis);
        }
    }

    /** Answers other than 201, and commands never answered. */
    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    private JsonHttp.Response send(MatchedProject project, String what, BigDecimal amount) {
        URI uri = command.apply("/api/projects/" + project.projectId() + "/" + what);
        String body = "{\"donor\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"EUR\"}}".formatted(project.donor(), amount.toPlainString());
        String key = UUID.randomUUID().toString();
        sent.incrementAndGet();
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        int attempts = 0;
        JsonHttp.Response answer = null;
        String failure = null;
        while (System.nanoTime() < deadline) {
            attempts++;
            try {
                answer = http.post(uri, body, key);
                if (answer.status() != 503) {
                    break;
                }
                failure = "503 " + answer.body();
            } catch (UncheckedIOException e) {
                answer = null;
                failure = e.getCause().toString();
            }
            pause();
        }
        latenciesMillis.add((System.nanoTime() - started) / 1_000_000);
        if (attempts > 1) {
            retried.incrementAndGet();
        }
        if (answer != null && answer.replayed()) {
            replayed.incrementAndGet();
        }
        if (answer == null || answer.status() != 201) {
            unexpected.add(what + " on " + project.projectId() + ": " + (answer == null || answer.status() == 503
                    ? "no answer within " + patience.toSeconds() + " s (" + failure + ")" : answer.status() + " " + answer.body()));
            return null;
        }
        return answer;
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
