package org.gptracker.command.imports;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One lifecycle step read from a file, its fields as text exactly as the file gave them (null when
 * absent), so that they are checked by the API's own request rules. {@code ref} names the offer
 * (CSV) or the transaction (IATI) the step is about; {@code line} is where the file said so.
 */
record Step(int line, StepKind kind, String effectiveDate, String title, String description, List<String> recipients,
            String area, List<String> priorities, String amount, String currency, String donor, String supportKind,
            String ref, String outcome, String reason) {

    Step {
        recipients = recipients == null ? null : List.copyOf(recipients);
        priorities = priorities == null ? null : List.copyOf(priorities);
    }

    /** What the step says, without where the file said it: the same step at another line is the same step. */
    String content() {
        return Stream.of(kind, effectiveDate, title, description, recipients, area, priorities, amount, currency, donor,
                        supportKind, ref, outcome, reason)
                .map(field -> field == null ? "\u2205" : field.toString())
                .collect(Collectors.joining("\u001f"));
    }
}
