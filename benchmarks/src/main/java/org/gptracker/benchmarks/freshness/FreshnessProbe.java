package org.gptracker.benchmarks.freshness;

import org.gptracker.benchmarks.latency.Percentiles;

/** Follows accepted commands to the query side: how long after the 2xx the change is visible there. */
public interface FreshnessProbe {

    /** The command that made {@code projectId}'s event number {@code version} was answered 2xx at {@code acknowledgedNanos}. */
    void offer(String projectId, long version, long acknowledgedNanos);

    /** Stops taking commands, waits for the ones still on their way (at most a minute each) and answers the figures. */
    Result stop();

    record Result(Percentiles visibleAfter, long neverSeen) {
    }
}
