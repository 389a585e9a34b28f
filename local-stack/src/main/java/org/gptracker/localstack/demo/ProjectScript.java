package org.gptracker.localstack.demo;

import org.gptracker.localstack.demo.LifecycleRow.Step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes one project's steps as lifecycle rows, each no earlier than the one before. */
final class ProjectScript {

    private final String reference;
    private final List<LifecycleRow> rows = new ArrayList<>();
    private LocalDate last;
    private int offers;

    ProjectScript(String reference) {
        this.reference = reference;
    }

    ProjectScript propose(LocalDate on, String title, String description, List<String> recipients, String area,
                          List<String> priorities, Amount budget) {
        return add(new LifecycleRow(reference, Step.PROPOSE, on, title, description, recipients, area, priorities,
                budget.amount(), budget.currency(), null, null, null, null, null));
    }

    /** Records a funds offer and answers its reference within the project. */
    String offer(LocalDate on, String donor, Amount amount) {
        String offer = "offer-" + (++offers);
        add(new LifecycleRow(reference, Step.OFFER, on, null, null, null, null, null, amount.amount(), amount.currency(),
                donor, "FUNDS", offer, null, null));
        return offer;
    }

    ProjectScript accept(LocalDate on, String offer) {
        return add(step(Step.ACCEPT, on, offer, null));
    }

    ProjectScript decline(LocalDate on, String offer, String reason) {
        return add(step(Step.DECLINE, on, offer, reason));
    }

    ProjectScript withdraw(LocalDate on, String offer) {
        return add(step(Step.WITHDRAW, on, offer, null));
    }

    ProjectScript commit(LocalDate on, String donor, Amount amount) {
        return add(money(Step.COMMIT, on, donor, amount));
    }

    ProjectScript disburse(LocalDate on, String donor, Amount amount) {
        return add(money(Step.DISBURSE, on, donor, amount));
    }

    ProjectScript close(LocalDate on, String outcome, String summary) {
        return add(new LifecycleRow(reference, Step.CLOSE, on, null, null, null, null, null, null, null, null, null, null,
                outcome, summary));
    }

    LocalDate last() {
        return last;
    }

    List<LifecycleRow> rows() {
        return rows;
    }

    private LifecycleRow step(Step step, LocalDate on, String offer, String reason) {
        return new LifecycleRow(reference, step, on, null, null, null, null, null, null, null, null, null, offer, null, reason);
    }

    private LifecycleRow money(Step step, LocalDate on, String donor, Amount amount) {
        return new LifecycleRow(reference, step, on, null, null, null, null, null, amount.amount(), amount.currency(), donor,
                null, null, null, null);
    }

    private ProjectScript add(LifecycleRow row) {
        if (last != null && row.effectiveDate().isBefore(last)) {
            throw new IllegalArgumentException(reference + ": " + row.step() + " on " + row.effectiveDate()
                    + " comes before the step on " + last);
        }
        last = row.effectiveDate();
        rows.add(row);
        return this;
    }

    /** Money as the API writes it: a decimal string with the currency's own number of fraction digits. */
    record Amount(String amount, String currency) {

        static Amount of(long units, String currency) {
            int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
            return new Amount(digits == 0 ? Long.toString(units) : units + "." + "0".repeat(digits), currency);
        }

        long units() {
            return Long.parseLong(amount.contains(".") ? amount.substring(0, amount.indexOf('.')) : amount);
        }
    }
}
