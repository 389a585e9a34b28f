package org.gptracker.benchmarks.latency;

import java.util.Map;

import org.HdrHistogram.Histogram;

/** The measured latencies of one query (successful answers only; errors are counted apart, by status). */
public record LatencyResult(QueryCase query, Histogram micros, long errors, Map<Integer, Long> errorsByStatus, String firstError) {

    public double millisAt(double percentile) {
        return micros.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return micros.getMaxValue() / 1000.0;
    }

    public double meanMillis() {
        return micros.getMean() / 1000.0;
    }

    public long samples() {
        return micros.getTotalCount();
    }
}
