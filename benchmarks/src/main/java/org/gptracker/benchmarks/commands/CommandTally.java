package org.gptracker.benchmarks.commands;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/** What the clients of a command load saw: the latency of every accepted command, refusals and failures by status. */
public final class CommandTally {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final Histogram acceptedMicros = new Histogram(HIGHEST_MICROS, 3);
    private final Map<String, Long> acceptedByKind = new TreeMap<>();
    private final Map<Integer, Long> errorsByStatus = new TreeMap<>();
    private String firstError;

    public synchronized void accepted(String kind, long micros) {
        acceptedMicros.recordValue(Math.min(micros, HIGHEST_MICROS));
        acceptedByKind.merge(kind, 1L, Long::sum);
    }

    /** Status 0: no answer at all. */
    public synchronized void failed(int status, String what) {
        errorsByStatus.merge(status, 1L, Long::sum);
        if (firstError == null) {
            firstError = what;
        }
    }

    public synchronized Histogram acceptedMicros() {
        return acceptedMicros.copy();
    }

    public synchronized long accepted() {
        return acceptedMicros.getTotalCount();
    }

    public synchronized Map<String, Long> acceptedByKind() {
        return new TreeMap<>(acceptedByKind);
    }

    public synchronized Map<Integer, Long> errorsByStatus() {
        return new TreeMap<>(errorsByStatus);
    }

    public synchronized long errors() {
        return errorsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public synchronized String firstError() {
        return firstError;
    }
}
