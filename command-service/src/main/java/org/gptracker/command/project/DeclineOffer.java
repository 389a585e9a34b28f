package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;
import java.time.LocalDate;

/** The recipient declines an open offer, saying why. */
public record DeclineOffer(@TargetAggregateIdentifier String projectId, String offerId, String reason, LocalDate effectiveDate)
        implements ProjectCommand {

    /** A blank reason is no reason. */
    public static DeclineOffer of(FieldErrors errors, String projectId, String offerId, String reason, String effectiveDate,
                                  Clock clock) {
        String checkedReason = errors.optionalText("reason", reason, ProjectFields.MAX_TEXT);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new DeclineOffer(projectId, offerId, checkedReason == null || checkedReason.isBlank() ? null : checkedReason.strip(),
                checkedDate);
    }
}
