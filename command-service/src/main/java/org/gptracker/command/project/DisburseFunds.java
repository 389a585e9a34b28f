package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.time.Clock;
import java.time.LocalDate;

/** A partner pays out funds it has committed; the sender chooses the disbursement's id. */
public record DisburseFunds(
        @TargetAggregateIdentifier String projectId,
        String disbursementId,
        Member donor,
        Money amount,
        LocalDate effectiveDate) implements ProjectCommand {

    public static DisburseFunds of(FieldErrors errors, String projectId, String disbursementId, String donor, String amount, String currency,
                        String effectiveDate, Clock clock) {
        Member checkedDonor = ProjectFields.member(errors, "donor", donor);
        Money checkedAmount = ProjectFields.money(errors, "amount", amount, currency, true);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new DisburseFunds(projectId, disbursementId, checkedDonor, checkedAmount, checkedDate);
    }
}
