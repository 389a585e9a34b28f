package org.gptracker.benchmarks.report;

import java.util.Map;

/**
 * The headline figures of one run; latencies in milliseconds. {@code stackCpuMsPerCommand} is null when the stack's
 * processes are not on this machine, {@code auditVerifyEventsPerSecond} when the service has no verification endpoint.
 */
public record Figures(double rawPgInsertTps, double commandsPerSecond, double commandP50Ms, double commandP99Ms, double commandMaxMs,
                      double freshnessP50Ms, double freshnessP99Ms, double freshnessMaxMs, double freshnessHalfLoadP50Ms,
                      double freshnessHalfLoadP99Ms, double freshnessHalfLoadMaxMs, double rebuildEventsPerSecond,
                      double rebuildPeakRssMb, Map<String, Double> queryP99Ms, long errors, Pipeline pipeline) {

    /**
     * What the whole pipeline carries: the portfolio from the store into the read models, the command side at
     * saturation with every command followed to the live stream, the relay's lag meanwhile, the stack's CPU per
     * command at full load and the audit verification's rate.
     */
    public record Pipeline(double liveCatchUpEventsPerSecond, double saturationCommandsPerSecond, double saturationFreshnessP99Ms,
                           long saturationRelayLagMaxEvents, Double stackCpuMsPerCommand, Double auditVerifyEventsPerSecond) {

        public static final Pipeline NOT_MEASURED = new Pipeline(0, 0, 0, 0, null, null);
    }

    /** How much of what PostgreSQL takes as single-row transactions the command service turns into accepted commands. */
    public double throughputRatio() {
        return rawPgInsertTps <= 0 ? 0 : commandsPerSecond / rawPgInsertTps;
    }
}
