package org.gptracker.localstack.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of a project's life as a row of the lifecycle CSV (DESIGN §8), the format
 * {@code POST /api/imports} reads. Fields a step does not use are null.
 */
record LifecycleRow(String project, Step step, LocalDate effectiveDate, String title, String description,
                    List<String> recipients, String area, List<String> priorities, String amount, String currency,
                    String donor, String kind, String offer, String outcome, String reason) {

    enum Step { PROPOSE, REVISE, OFFER, ACCEPT, DECLINE, WITHDRAW, COMMIT, DISBURSE, CLOSE }

    static final List<String> HEADER = List.of("project", "step", "effectiveDate", "title", "description", "recipients",
            "area", "priorities", "amount", "currency", "donor", "kind", "offer", "outcome", "reason");

    List<String> fields() {
        List<String> fields = new ArrayList<>(HEADER.size());
        fields.add(project);
        fields.add(step.name());
        fields.add(effectiveDate.toString());
        fields.add(title);
        fields.add(description);
        fields.add(recipients == null ? null : String.join(";", recipients));
        fields.add(area);
        fields.add(priorities == null ? null : String.join(";", priorities));
        fields.add(amount);
        fields.add(currency);
        fields.add(donor);
        fields.add(kind);
        fields.add(offer);
        fields.add(outcome);
        fields.add(reason);
        return fields;
    }

    static String csv(List<LifecycleRow> rows) {
        StringBuilder csv = new StringBuilder(line(HEADER));
        rows.forEach(row -> csv.append(line(row.fields())));
        return csv.toString();
    }

    private static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
