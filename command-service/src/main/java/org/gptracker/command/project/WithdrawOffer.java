package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;
import java.time.LocalDate;

/** The donor withdraws its open offer. */
public record WithdrawOffer(@TargetAggregateIdentifier String projectId, String offerId, LocalDate effectiveDate) implements ProjectCommand {

    public static WithdrawOffer of(FieldErrors errors, String projectId, String offerId, String effectiveDate, Clock clock) {
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new WithdrawOffer(projectId, offerId, checkedDate);
    }
}
