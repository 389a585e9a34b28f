package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.time.Clock;
import java.time.LocalDate;

/** A partner commits funding; the sender chooses the commitment's id. */
public record CommitFunding(
        @TargetAggregateIdentifier String projectId,
        String commitmentId,
        Member donor,
        Money amount,
        LocalDate effectiveDate) implements ProjectCommand {

    public static CommitFunding of(FieldErrors errors, String projectId, String commitmentId, String donor, String amount, String currency,
                        String effectiveDate, Clock clock) {
        Member checkedDonor = ProjectFields.member(errors, "donor", donor);
        Money checkedAmount = ProjectFields.money(errors, "amount", amount, currency, true);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new CommitFunding(projectId, commitmentId, checkedDonor, checkedAmount, checkedDate);
    }
}
