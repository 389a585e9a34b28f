package org.gptracker.benchmarks.rebuild;

import org.HdrHistogram.Histogram;
import org.gptracker.benchmarks.loading.GpHttp;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks the query service, one call after another, for the project list and for project summaries while a
 * rebuild runs: whether it keeps answering, and how fast.
 */
public final class QueryProbe implements Runnable {

    private final GpHttp queries;
    private final List<String> projectIds;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Histogram latencyMicros = new Histogram(60_000_000L, 3);
    private final Map<Integer, Long> statuses = new TreeMap<>();

    public QueryProbe(GpHttp queries, List<String> projectIds) {
        this.queries = queries;
        this.projectIds = projectIds;
    }

    @Override
    public void run() {
        int call = 0;
        while (running.get()) {
            String path = call % 2 == 0 || projectIds.isEmpty() ? "/api/projects?size=20&page=" + (call % 50)
                    : "/api/projects/" + projectIds.get(call % projectIds.size());
            long started = System.nanoTime();
            int status = queries.get(path).status();
            record(status, (System.nanoTime() - started) / 1000);
            call++;
        }
    }

    private synchronized void record(int status, long micros) {
        latencyMicros.recordValue(Math.min(micros, latencyMicros.getHighestTrackableValue()));
        statuses.merge(status, 1L, Long::sum);
    }

    public void stop() {
        running.set(false);
    }

    /** Calls by status, and p50/p99/max in milliseconds. */
    public synchronized Map<String, Object> summary() {
        return Map.of(
                "calls", latencyMicros.getTotalCount(),
                "byStatus", Map.copyOf(statuses),
                "p50Ms", latencyMicros.getValueAtPercentile(50) / 1000.0,
                "p99Ms", latencyMicros.getValueAtPercentile(99) / 1000.0,
                "maxMs", latencyMicros.getMaxValue() / 1000.0);
    }
}
