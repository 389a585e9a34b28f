package org.gptracker.benchmarks.rebuild;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.gptracker.benchmarks.loading.GpHttp;

/**
 * Starts a rebuild of the query service's read models (POST /admin/rebuild) and follows it to the end,
 * measuring its rate, the query service's resident memory and the answers to queries meanwhile.
 */
public final class RebuildRun {

    private static final Duration FOLLOW_EVERY = Duration.ofMillis(500);

    /** The figures as rebuild.json has them; {@code completed} false when the rebuild ended otherwise. */
    public record Result(boolean completed, String state, String failure, double eventsPerSecond, long peakRssMb,
                         Map<String, Object> report) {
    }

    private final GpHttp query;
    private final ProcessMemory memory;
    private final List<String> projectIds;
    private final Duration timeout;

    public RebuildRun(GpHttp query, ProcessMemory memory, List<String> projectIds, Duration timeout) {
        this.query = query;
        this.memory = memory;
        this.projectIds = projectIds;
        this.timeout = timeout;
    }

    public Result run(GpHttp probeConnection, PrintStream out) {
        long rssBefore = memory.residentKib().orElse(-1);
        QueryProbe probe = new QueryProbe(probeConnection, projectIds);
        Thread prober = new Thread(probe, "query-probe");
        Instant started = Instant.now();
        GpHttp.Answer accepted = query.post("/admin/rebuild", Map.of(), null);
        if (accepted.status() != 202) {
            throw new IllegalStateException("POST /admin/rebuild answered " + accepted.status() + ": " + accepted.body());
        }
        prober.start();
        out.printf("rebuilding the read models (query service pid %d, %,d KiB resident)%n", memory.pid(), rssBefore);
        long peakRss = rssBefore;
        JsonNode progress = accepted.json();
        Instant lastPrinted = Instant.EPOCH;
        while (progress.path("state").asText().equals("RUNNING")) {
            if (Duration.between(started, Instant.now()).compareTo(timeout) > 0) {
                probe.stop();
                throw new IllegalStateException("the rebuild did not finish within " + timeout);
            }
            sleep(FOLLOW_EVERY);
            peakRss = Math.max(peakRss, memory.residentKib().orElse(0));
            progress = query.get("/admin/rebuild").json();
            if (Duration.between(lastPrinted, Instant.now()).toSeconds() >= 5) {
                lastPrinted = Instant.now();
                out.printf("  %,12d applied  %,8d records/s  lag %,10d  resident %,8d KiB%n", progress.path("applied").asLong(),
                        progress.path("eventsPerSecond").asLong(), progress.path("lag").asLong(), peakRss);
            }
        }
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        probe.stop();
        join(prober);

        Map<String, Object> report = new LinkedHashMap<>();
        String state = progress.path("state").asText();
        report.put("state", state);
        report.put("failure", progress.path("failure").asText(null));
        long read = progress.path("applied").asLong() + progress.path("duplicates").asLong()
                + progress.path("unreadable").asLong() + progress.path("setAside").asLong();
        report.put("applied", progress.path("applied").asLong());
        report.put("recordsRead", read);
        report.put("duplicates", progress.path("duplicates").asLong());
        report.put("unreadable", progress.path("unreadable").asLong());
        report.put("setAside", progress.path("setAside").asLong());
        report.put("aggregatesWaitingForAGap", progress.path("gaps").size());
        report.put("wallSeconds", seconds);
        long eventsPerSecond = Math.round(read / seconds);
        report.put("rebuildEventsPerSecond", eventsPerSecond);
        report.put("rssBeforeMb", rssBefore / 1024);
        report.put("rebuildPeakRssMb", peakRss / 1024);
        report.put("processPeakRssMb", memory.peakResidentKib().orElse(-1) / 1024);
        report.put("queriesDuringRebuild", probe.summary());
        report.put("processors", Runtime.getRuntime().availableProcessors());
        return new Result("COMPLETED".equals(state), state, progress.path("failure").asText(""), eventsPerSecond, peakRss / 1024,
                report);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
