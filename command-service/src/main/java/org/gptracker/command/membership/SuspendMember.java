package org.gptracker.command.membership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;

import java.time.Clock;
import java.time.LocalDate;

/** A member is suspended from {@code since} (the first day it is not in good standing). */
public record SuspendMember(@TargetAggregateIdentifier Member country, LocalDate since, String reason, LocalDate effectiveDate) {

    public static SuspendMember of(FieldErrors errors, Member country, String since, String reason, String effectiveDate, Clock clock) {
        LocalDate checkedSince = errors.requiredDate("since", since);
        String checkedReason = errors.requiredText("reason", reason, MembershipRequests.MAX_REASON);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new SuspendMember(country, checkedSince, checkedReason.strip(), checkedDate);
    }
}
