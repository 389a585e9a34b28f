package org.gptracker.command.presidency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;
import java.time.LocalDate;

/** A presidency ends on {@code closedOn}, optionally naming the presidency that follows it. */
public record ClosePresidency(@TargetAggregateIdentifier int year, LocalDate closedOn, Integer successorYear, LocalDate effectiveDate) {

    public static ClosePresidency of(FieldErrors errors, int year, String closedOn, Integer successorYear, String effectiveDate, Clock clock) {
        LocalDate checkedClosedOn = errors.requiredDate("closedOn", closedOn);
        Integer checkedSuccessor = successorYear == null ? null : PresidencyRequests.year(errors, "successorYear", successorYear);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new ClosePresidency(year, checkedClosedOn, checkedSuccessor, checkedDate);
    }
}
