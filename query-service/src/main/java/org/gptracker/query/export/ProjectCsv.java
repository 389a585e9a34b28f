package org.gptracker.query.export;

import org.gptracker.events.iati.ActivityStatus;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A project as one row of the export CSV (DESIGN §8): RFC 4180, codes with readable labels beside them. Lists of
 * codes are separated by {@code ;} as in the lifecycle CSV, readable lists by {@code "; "}.
 */
final class ProjectCsv {

    static final String HEADER = "projectId,title,status,statusLabel,outcome,area,areaLabel,recipients,recipientNames,"
            + "priorities,requestedAmount,requestedCurrency,committed,disbursed,proposedOn,proposedPresidency,matchedOn,"
            + "fundedOn,closedOn,iatiStatus";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ProjectCsv() {
    }

    /** The project's row, without its line break. */
    static String row(ExportedProject project) {
        return Stream.of(
                        project.projectId(),
                        project.title(),
                        project.status(),
                        Labels.status(project.status()),
                        project.outcome(),
                        project.area().name(),
                        Labels.area(project.area()),
                        String.join(";", project.recipients()),
                        project.recipients().stream().map(Labels::member).collect(Collectors.joining("; ")),
                        String.join(";", project.priorities()),
                        project.requestedBudget().amountText(),
                        project.requestedBudget().currencyCode(),
                        sums(project, Transaction.Type.COMMITMENT),
                        sums(project, Transaction.Type.DISBURSEMENT),
                        text(project.proposedOn()),
                        project.proposedPresidency() == null ? null : project.proposedPresidency().toString(),
                        text(project.matchedOn()),
                        text(project.fundedOn()),
                        text(project.closedOn()),
                        ActivityStatus.of(project.status(), project.outcome()).code())
                .map(ProjectCsv::field)
                .collect(Collectors.joining(","));
    }

    /**
     * A field as RFC 4180 wants it: quoted, with quotes doubled, when it holds a comma, a quote or a line break. A
     * text a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage return) is written
     * after a single quote, as OWASP advises, so that it shows as the text it is.
     */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        String value = FORMULA_STARTS.indexOf(text.isEmpty() ? 'x' : text.charAt(0)) >= 0 ? "'" + text : text;
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /**
     * Money of that type summed per donor and currency, in the order each donor and currency first came, as the
     * project's record lists it: {@code CA 1500000.00 EUR; JP 200000000 JPY}.
     */
    private static String sums(ExportedProject project, Transaction.Type type) {
        Map<List<String>, Money> sums = new LinkedHashMap<>();
        project.transactions().stream()
                .filter(transaction -> transaction.type() == type)
                .sorted(Comparator.comparingLong(Transaction::sequence))
                .forEach(transaction -> sums.merge(List.of(transaction.donor(), transaction.value().currencyCode()),
                        transaction.value(), Money::plus));
        return sums.entrySet().stream()
                .map(sum -> sum.getKey().get(0) + " " + sum.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String text(LocalDate date) {
        return Objects.toString(date, null);
    }
}
