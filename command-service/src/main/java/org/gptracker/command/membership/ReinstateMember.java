package org.gptracker.command.membership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;

import java.time.Clock;
import java.time.LocalDate;

/** A suspended member is reinstated from {@code since} (the first day it is in good standing again). */
public record ReinstateMember(@TargetAggregateIdentifier Member country, LocalDate since, LocalDate effectiveDate) {

    public static ReinstateMember of(FieldErrors errors, Member country, String since, String effectiveDate, Clock clock) {
        LocalDate checkedSince = errors.requiredDate("since", since);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new ReinstateMember(country, checkedSince, checkedDate);
    }
}
