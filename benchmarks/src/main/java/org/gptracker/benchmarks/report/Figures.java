package org.gptracker.benchmarks.report;

import java.util.Map;

/** The headline figures of one run; latencies in milliseconds. */
public record Figures(double rawPgInsertTps, double commandsPerSecond, double commandP50Ms, double commandP99Ms, double commandMaxMs,
                      double freshnessP50Ms, double freshnessP99Ms, double freshnessMaxMs, double freshnessHalfLoadP50Ms,
                      double freshnessHalfLoadP99Ms, double freshnessHalfLoadMaxMs, double rebuildEventsPerSecond,
                      double rebuildPeakRssMb, Map<String, Double> queryP99Ms, long errors) {

    /** How much of what PostgreSQL takes as single-row transactions the command service turns into accepted commands. */
    public double throughputRatio() {
        return rawPgInsertTps <= 0 ? 0 : commandsPerSecond / rawPgInsertTps;
    }
}
