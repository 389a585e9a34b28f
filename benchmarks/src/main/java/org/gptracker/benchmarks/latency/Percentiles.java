package org.gptracker.benchmarks.latency;

import java.util.LinkedHashMap;
import java.util.Map;

import org.HdrHistogram.Histogram;

/** p50, p99 and max of a histogram of microseconds, in milliseconds; all zero when nothing was recorded. */
public record Percentiles(long count, double p50Ms, double p99Ms, double maxMs) {

    public static Percentiles of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return new Percentiles(0, 0, 0, 0);
        }
        return new Percentiles(micros.getTotalCount(), micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(99) / 1000.0, micros.getMaxValue() / 1000.0);
    }

    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", count);
        map.put("p50Ms", p50Ms);
        map.put("p99Ms", p99Ms);
        map.put("maxMs", maxMs);
        return map;
    }
}
