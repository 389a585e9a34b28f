package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;
import java.time.LocalDate;

/** The recipient accepts an open offer; its donor becomes a partner of the project. */
public record AcceptOffer(@TargetAggregateIdentifier String projectId, String offerId, LocalDate effectiveDate) implements ProjectCommand {

    public static AcceptOffer of(FieldErrors errors, String projectId, String offerId, String effectiveDate, Clock clock) {
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new AcceptOffer(projectId, offerId, checkedDate);
    }
}
