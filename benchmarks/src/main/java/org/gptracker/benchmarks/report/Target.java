package org.gptracker.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A figure with a target, and whether a run met it. */
public record Target(String figure, String goal, boolean met) {

    public static List<Target> of(Figures f) {
        List<Target> targets = new ArrayList<>(List.of(
                new Target("throughputRatio", ">= 0.20 with zero errors", f.throughputRatio() >= 0.20 && f.errors() == 0),
                new Target("errors", "0", f.errors() == 0),
                new Target("freshnessHalfLoadP99Ms", "<= 100", f.freshnessHalfLoadP99Ms() <= 100),
                new Target("freshnessP99Ms", "<= 500", f.freshnessP99Ms() <= 500),
                new Target("rebuildEventsPerSecond", ">= 50,000 with rebuildPeakRssMb <= 1024",
                        f.rebuildEventsPerSecond() >= 50_000 && f.rebuildPeakRssMb() <= 1024),
                new Target("rebuildPeakRssMb", "<= 1024", f.rebuildPeakRssMb() <= 1024),
                new Target("commandsPerSecond", ">= 1,000", f.commandsPerSecond() >= 1_000),
                new Target("commandP99Ms", "<= 50", f.commandP99Ms() <= 50),
                new Target("liveCatchUpEventsPerSecond", ">= 25,000", f.pipeline().liveCatchUpEventsPerSecond() >= 25_000),
                new Target("saturationFreshnessP99Ms", "<= 1,000", f.pipeline().saturationFreshnessP99Ms() <= 1_000)));
        if (f.pipeline().auditVerifyEventsPerSecond() != null) {
            targets.add(new Target("auditVerifyEventsPerSecond", ">= 200,000", f.pipeline().auditVerifyEventsPerSecond() >= 200_000));
        }
        for (Map.Entry<String, Double> query : f.queryP99Ms().entrySet()) {
            targets.add(new Target("queryP99Ms." + query.getKey(), "<= 50", query.getValue() <= 50));
        }
        return targets;
    }
}
