package org.gptracker.benchmarks.commands;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.gptracker.benchmarks.freshness.FreshnessProbe;
import org.gptracker.benchmarks.freshness.PollingFreshness;
import org.gptracker.benchmarks.freshness.StreamFreshness;
import org.gptracker.benchmarks.latency.Percentiles;
import org.gptracker.benchmarks.loading.GpHttp;

/**
 * N concurrent clients, each with its own connection, sending lifecycle commands for a fixed time
 * while a {@link FreshnessProbe} follows them to the query side: every one through the live stream,
 * or a sample by polling.
 */
public final class CommandLoad {

    public record Result(int clients, double seconds, long accepted, Percentiles latency, Map<String, Long> acceptedByKind,
                         Map<Integer, Long> errorsByStatus, long errors, String firstError, FreshnessProbe.Result freshness) {

        public double commandsPerSecond() {
            return seconds <= 0 ? 0 : accepted / seconds;
        }

        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("clients", clients);
            map.put("seconds", seconds);
            map.put("accepted", accepted);
            map.put("commandsPerSecond", commandsPerSecond());
            map.put("latency", latency.asMap());
            map.put("acceptedByKind", acceptedByKind);
            map.put("errors", errors);
            map.put("errorsByStatus", errorsByStatus);
            if (firstError != null) {
                map.put("firstError", firstError);
            }
            map.put("freshness", freshness.visibleAfter().asMap());
            map.put("freshnessNeverSeen", freshness.neverSeen());
            return map;
        }
    }

    private final URI commandUrl;
    private final URI queryUrl;
    private final String token;
    private final int watchers;
    private final Duration pollEvery;
    private final boolean polling;

    /** @param watchers when more than 0, freshness is measured by that many pollers instead of the live stream */
    public CommandLoad(URI commandUrl, URI queryUrl, String token, int watchers, Duration pollEvery) {
        this.commandUrl = commandUrl;
        this.queryUrl = queryUrl;
        this.token = token;
        this.watchers = watchers;
        this.pollEvery = pollEvery;
        this.polling = watchers > 0;
    }

    public Result run(int clients, Duration duration, long seed, PrintStream out) {
        CommandTally tally = new CommandTally();
        FreshnessProbe freshness = polling ? new PollingFreshness(new GpHttp(queryUrl, token), watchers, pollEvery)
                : new StreamFreshness(queryUrl, token);
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        AtomicLong lastFinished = new AtomicLong(started);
        for (int i = 0; i < clients; i++) {
            CommandClient client = new CommandClient(new GpHttp(commandUrl, token), new Random(seed * 1_000 + i), deadline, tally,
                    freshness);
            Thread thread = new Thread(() -> {
                client.run();
                lastFinished.accumulateAndGet(System.nanoTime(), Math::max);
            }, "command-client-" + i);
            threads.add(thread);
            thread.start();
        }
        long lastAccepted = 0;
        for (int second = 1; threads.stream().anyMatch(Thread::isAlive); second++) {
            sleep(Duration.ofSeconds(1));
            if (second % 10 != 0) {
                continue;
            }
            long accepted = tally.accepted();
            out.printf("  %,8d commands accepted (%,.0f/s in the last 10 s), %,d errors%n", accepted, (accepted - lastAccepted) / 10.0,
                    tally.errors());
            lastAccepted = accepted;
        }
        double seconds = (lastFinished.get() - started) / 1e9;
        FreshnessProbe.Result visible = freshness.stop();
        return new Result(clients, seconds, tally.accepted(), Percentiles.of(tally.acceptedMicros()), tally.acceptedByKind(),
                tally.errorsByStatus(), tally.errors(), tally.firstError(), visible);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
