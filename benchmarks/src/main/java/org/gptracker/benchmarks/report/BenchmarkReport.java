package org.gptracker.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * report.json and report.md of a whole run: the headline figures under their published names,
 * each beside its target and whether it was met, the machine, and every phase's details.
 */
public final class BenchmarkReport {

    private record Row(String figure, String measured, Optional<Target> target) {
    }

    private final Figures figures;
    private final Map<String, Object> machine;
    private final String date;
    private final Map<String, Object> phases;
    private final List<Target> targets;

    public BenchmarkReport(Figures figures, Map<String, Object> machine, String date, Map<String, Object> phases) {
        this.figures = figures;
        this.machine = machine;
        this.date = date;
        this.phases = phases;
        this.targets = Target.of(figures);
    }

    public List<Target> targets() {
        return targets;
    }

    public Map<String, Object> document() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("date", date);
        document.put("machine", machine);
        document.put("rawPgInsertTps", round(figures.rawPgInsertTps()));
        document.put("commandsPerSecond", round(figures.commandsPerSecond()));
        document.put("throughputRatio", Math.round(figures.throughputRatio() * 1000) / 1000.0);
        document.put("commandP50Ms", figures.commandP50Ms());
        document.put("commandP99Ms", figures.commandP99Ms());
        document.put("commandMaxMs", figures.commandMaxMs());
        document.put("freshnessP50Ms", figures.freshnessP50Ms());
        document.put("freshnessP99Ms", figures.freshnessP99Ms());
        document.put("freshnessMaxMs", figures.freshnessMaxMs());
        document.put("freshnessHalfLoadP50Ms", figures.freshnessHalfLoadP50Ms());
        document.put("freshnessHalfLoadP99Ms", figures.freshnessHalfLoadP99Ms());
        document.put("freshnessHalfLoadMaxMs", figures.freshnessHalfLoadMaxMs());
        document.put("rebuildEventsPerSecond", round(figures.rebuildEventsPerSecond()));
        document.put("rebuildPeakRssMb", round(figures.rebuildPeakRssMb()));
        Figures.Pipeline pipeline = figures.pipeline();
        document.put("liveCatchUpEventsPerSecond", round(pipeline.liveCatchUpEventsPerSecond()));
        document.put("saturationCommandsPerSecond", round(pipeline.saturationCommandsPerSecond()));
        document.put("saturationFreshnessP99Ms", pipeline.saturationFreshnessP99Ms());
        document.put("saturationRelayLagMaxEvents", pipeline.saturationRelayLagMaxEvents());
        if (pipeline.stackCpuMsPerCommand() != null) {
            document.put("stackCpuMsPerCommand", Math.round(pipeline.stackCpuMsPerCommand() * 100) / 100.0);
        }
        if (pipeline.auditVerifyEventsPerSecond() != null) {
            document.put("auditVerifyEventsPerSecond", round(pipeline.auditVerifyEventsPerSecond()));
        }
        document.put("queryP99Ms", new LinkedHashMap<>(figures.queryP99Ms()));
        document.put("errors", figures.errors());
        Map<String, Boolean> met = new LinkedHashMap<>();
        targets.forEach(target -> met.put(target.figure(), target.met()));
        document.put("targetsMet", met);
        document.put("phases", phases);
        return document;
    }

    /** The figures as a fixed-width table for the console. */
    public String table() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-44s %14s  %-42s %s%n", "figure", "measured", "target", "met?"));
        for (Row row : rows()) {
            text.append(String.format(Locale.ROOT, "%-44s %14s  %-42s %s%n", row.figure(), row.measured(),
                    row.target().map(Target::goal).orElse(""), row.target().map(t -> t.met() ? "yes" : "NO").orElse("")));
        }
        return text.toString();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# GP Tracker benchmark, " + date + "\n\n");
        md.append("Machine: ");
        machine.forEach((key, value) -> md.append(key).append(" = ").append(value).append("; "));
        md.append("\n\n| figure | measured | target | met? |\n|---|---:|---|---|\n");
        for (Row row : rows()) {
            md.append("| ").append(row.figure()).append(" | ").append(row.measured()).append(" | ")
                    .append(row.target().map(Target::goal).orElse("")).append(" | ")
                    .append(row.target().map(t -> t.met() ? "yes" : "**no**").orElse("")).append(" |\n");
        }
        md.append("\nLatencies in milliseconds. Details of every phase (settings, counts, errors by status, load average) "
                + "are in report.json under \"phases\".\n");
        return md.toString();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(row("rawPgInsertTps", number(figures.rawPgInsertTps())));
        rows.add(row("commandsPerSecond", number(figures.commandsPerSecond())));
        rows.add(row("throughputRatio", String.format(Locale.ROOT, "%.3f", figures.throughputRatio())));
        rows.add(row("errors", String.valueOf(figures.errors())));
        rows.add(row("commandP50Ms", millis(figures.commandP50Ms())));
        rows.add(row("commandP99Ms", millis(figures.commandP99Ms())));
        rows.add(row("commandMaxMs", millis(figures.commandMaxMs())));
        rows.add(row("freshnessP50Ms", millis(figures.freshnessP50Ms())));
        rows.add(row("freshnessP99Ms", millis(figures.freshnessP99Ms())));
        rows.add(row("freshnessMaxMs", millis(figures.freshnessMaxMs())));
        rows.add(row("freshnessHalfLoadP50Ms", millis(figures.freshnessHalfLoadP50Ms())));
        rows.add(row("freshnessHalfLoadP99Ms", millis(figures.freshnessHalfLoadP99Ms())));
        rows.add(row("freshnessHalfLoadMaxMs", millis(figures.freshnessHalfLoadMaxMs())));
        rows.add(row("rebuildEventsPerSecond", number(figures.rebuildEventsPerSecond())));
        rows.add(row("rebuildPeakRssMb", number(figures.rebuildPeakRssMb())));
        Figures.Pipeline pipeline = figures.pipeline();
        rows.add(row("liveCatchUpEventsPerSecond", number(pipeline.liveCatchUpEventsPerSecond())));
        rows.add(row("saturationCommandsPerSecond", number(pipeline.saturationCommandsPerSecond())));
        rows.add(row("saturationFreshnessP99Ms", millis(pipeline.saturationFreshnessP99Ms())));
        rows.add(row("saturationRelayLagMaxEvents", number(pipeline.saturationRelayLagMaxEvents())));
        rows.add(row("stackCpuMsPerCommand", pipeline.stackCpuMsPerCommand() == null ? "not measured" : millis(pipeline.stackCpuMsPerCommand())));
        rows.add(row("auditVerifyEventsPerSecond", pipeline.auditVerifyEventsPerSecond() == null ? "unavailable"
                : number(pipeline.auditVerifyEventsPerSecond())));
        figures.queryP99Ms().forEach((query, p99) -> rows.add(row("queryP99Ms." + query, millis(p99))));
        return rows;
    }

    private Row row(String figure, String measured) {
        return new Row(figure, measured, targets.stream().filter(target -> target.figure().equals(figure)).findFirst());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
