package org.gptracker.localstack.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** The rows as a lifecycle CSV file, header first, RFC 4180 with CRLF line breaks. */
    static String csv(List<LifecycleRow> rows) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (LifecycleRow row : rows) {
                printer.printRecord(row.fields());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }
}
