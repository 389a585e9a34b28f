package org.gptracker.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.benchmarks.latency.QuerySamples;
import org.gptracker.benchmarks.loading.GpHttp;
import org.gptracker.benchmarks.rebuild.ProcessMemory;
import org.gptracker.benchmarks.rebuild.QueryProbe;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rebuild}: starts a rebuild of the running query service's read models and follows it to the end,
 * measuring its rate, the query service's resident memory and the answers to queries meanwhile; writes rebuild.json.
 */
final class RebuildCommand {

    private static final Duration FOLLOW_EVERY = Duration.ofMillis(500);

    private RebuildCommand() {
    }

    static void run(Arguments args, PrintStream out) {
        Stack stack = Stack.from(args);
        long pid = args.number("query-pid", 0);
        Duration timeout = Duration.ofMinutes(args.number("timeout-minutes", 60));
        ReportDirectory reports = ReportDirectory.from(args);
        args.refuseUnknown();

        String token = stack.token() != null ? stack.token()
                : GpHttp.devToken(stack.commandUrl(), "rebuild-benchmark", List.of("SECRETARIAT"));
        GpHttp query = new GpHttp(stack.queryUrl(), token);
        ProcessMemory memory = pid > 0 ? ProcessMemory.of(pid)
                : ProcessMemory.find(List.of("query-service", "--server.port=" + stack.queryUrl().getPort()));
        List<String> projectIds = QuerySamples.projects(stack.queryJdbcUrl(), stack.user(), stack.password(), 500).stream()
                .map(QuerySamples.KnownProject::projectId).toList();
        long rssBefore = memory.residentKib().orElse(-1);

        QueryProbe probe = new QueryProbe(new GpHttp(stack.queryUrl(), token), projectIds);
        Thread prober = new Thread(probe, "query-probe");
        Instant started = Instant.now();
        GpHttp.Answer accepted = query.post("/admin/rebuild", Map.of(), null);
        if (accepted.status() != 202) {
            throw new IllegalStateException("POST /admin/rebuild answered " + accepted.status() + ": " + accepted.body());
        }
        prober.start();
        out.printf("rebuilding the read models of %s (query service pid %d, %,d KiB resident)%n", stack.queryUrl(), memory.pid(), rssBefore);
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
        report.put("state", progress.path("state").asText());
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
        report.put("rebuildEventsPerSecond", Math.round(read / seconds));
        report.put("rssBeforeMb", rssBefore / 1024);
        report.put("rebuildPeakRssMb", peakRss / 1024);
        report.put("processPeakRssMb", memory.peakResidentKib().orElse(-1) / 1024);
        report.put("queriesDuringRebuild", probe.summary());
        report.put("processors", Runtime.getRuntime().availableProcessors());
        String json = Json.pretty(report);
        out.println(json);
        out.println("report: " + reports.write("rebuild.json", json));
        if (!"COMPLETED".equals(progress.path("state").asText())) {
            throw new IllegalStateException("the rebuild ended " + progress.path("state").asText() + ": " + progress.path("failure").asText());
        }
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
