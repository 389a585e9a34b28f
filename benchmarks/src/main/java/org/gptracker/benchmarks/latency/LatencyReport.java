package org.gptracker.benchmarks.latency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The latency table as plain text (for the console), Markdown and JSON. */
public final class LatencyReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<LatencyResult> results;
    private final Map<String, Object> settings;
    private final List<String> notes;

    public LatencyReport(List<LatencyResult> results, Map<String, Object> settings, List<String> notes) {
        this.results = results;
        this.settings = settings;
        this.notes = notes;
    }

    public List<LatencyResult> results() {
        return results;
    }

    public Map<String, Object> settings() {
        return settings;
    }

    public String table() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-30s %8s %10s %10s %10s %7s%n",
                "query", "samples", "p50 ms", "p99 ms", "max ms", "errors"));
        for (LatencyResult r : results) {
            text.append(String.format(Locale.ROOT, "%-30s %8d %10.2f %10.2f %10.2f %7d%n", r.query().name(), r.samples(),
                    r.millisAt(50), r.millisAt(99), r.maxMillis(), r.errors()));
        }
        errorLines().forEach(line -> text.append(line).append('\n'));
        notes.forEach(note -> text.append("note: ").append(note).append('\n'));
        return text.toString();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("| query | request | samples | p50 ms | p99 ms | max ms | errors |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (LatencyResult r : results) {
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %d | %.2f | %.2f | %.2f | %d |%n", r.query().name(),
                    r.query().shape(), r.samples(), r.millisAt(50), r.millisAt(99), r.maxMillis(), r.errors()));
        }
        List<String> errors = errorLines();
        if (!errors.isEmpty() || !notes.isEmpty()) {
            md.append('\n');
            errors.forEach(line -> md.append("- ").append(line).append('\n'));
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        md.append("\nSettings: ");
        settings.forEach((key, value) -> md.append(key).append(" = ").append(value).append("; "));
        return md.toString().strip() + "\n";
    }

    public String json() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("settings", settings);
        document.put("queries", results.stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", r.query().name());
            row.put("request", r.query().shape());
            row.put("samples", r.samples());
            row.put("p50Millis", r.millisAt(50));
            row.put("p90Millis", r.millisAt(90));
            row.put("p99Millis", r.millisAt(99));
            row.put("maxMillis", r.maxMillis());
            row.put("meanMillis", r.meanMillis());
            row.put("errors", r.errors());
            row.put("errorsByStatus", r.errorsByStatus());
            if (r.firstError() != null) {
                row.put("firstError", r.firstError());
            }
            return row;
        }).toList());
        document.put("notes", notes);
        try {
            return JSON.writeValueAsString(document) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> errorLines() {
        return results.stream().filter(r -> r.errors() > 0)
                .map(r -> r.query().name() + ": " + r.errors() + " errors " + r.errorsByStatus() + ", first: " + r.firstError())
                .toList();
    }
}
