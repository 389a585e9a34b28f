package org.gptracker.command.presidency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;

import java.time.Clock;
import java.time.LocalDate;

/** {@code chair} takes over the presidency of {@code year} from {@code since} to its end. */
public record HandOverChair(@TargetAggregateIdentifier int year, Member chair, LocalDate since, LocalDate effectiveDate) {

    public static HandOverChair of(FieldErrors errors, int year, String chair, String since, String effectiveDate, Clock clock) {
        Member checkedChair = errors.required("chair", chair) == null ? null : errors.parse("chair", () -> Member.of(chair));
        LocalDate checkedSince = errors.requiredDate("since", since);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new HandOverChair(year, checkedChair, checkedSince, checkedDate);
    }
}
