package org.gptracker.benchmarks.latency;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.gptracker.benchmarks.loading.GpHttp;

/**
 * Runs each query alone, one request at a time, so the figures are the latency of that query and
 * not of a queue: warm-up calls first (not recorded), then the samples.
 */
public final class LatencyRun {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final GpHttp queries;
    private final int warmUp;
    private final int samples;

    public LatencyRun(GpHttp queries, int warmUp, int samples) {
        this.queries = queries;
        this.warmUp = warmUp;
        this.samples = samples;
    }

    public List<LatencyResult> measure(List<QueryCase> cases, PrintStream out) {
        List<LatencyResult> results = new ArrayList<>();
        for (QueryCase query : cases) {
            LatencyResult result = measure(query);
            out.printf("  %-28s p50 %8.2f ms  p99 %8.2f ms%s%n", query.name(), result.millisAt(50), result.millisAt(99),
                    result.errors() == 0 ? "" : "  " + result.errors() + " errors " + result.errorsByStatus());
            results.add(result);
        }
        return results;
    }

    private LatencyResult measure(QueryCase query) {
        for (int i = 0; i < warmUp; i++) {
            call(query.nextPath().get());
        }
        Histogram micros = new Histogram(HIGHEST_MICROS, 3);
        Map<Integer, Long> errorsByStatus = new TreeMap<>();
        long errors = 0;
        String firstError = null;
        for (int i = 0; i < samples; i++) {
            String path = query.nextPath().get();
            long started = System.nanoTime();
            Call call = call(path);
            long elapsedMicros = (System.nanoTime() - started) / 1000;
            int status = call.status();
            if (status >= 200 && status < 300) {
                micros.recordValue(Math.min(elapsedMicros, HIGHEST_MICROS));
            } else {
                errors++;
                errorsByStatus.merge(status, 1L, Long::sum);
                if (firstError == null) {
                    firstError = "GET " + path + " -> " + status + " " + call.problem();
                }
            }
        }
        return new LatencyResult(query, micros, errors, errorsByStatus, firstError);
    }

    /** Status 0 when the call got no answer at all. */
    private record Call(int status, String problem) {
    }

    private Call call(String path) {
        try {
            GpHttp.Answer answer = queries.get(path);
            return new Call(answer.status(), answer.ok() ? "" : abbreviated(answer.body()));
        } catch (UncheckedIOException e) {
            return new Call(0, e.getMessage());
        }
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
