package org.gptracker.command.membership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;

import java.time.Clock;
import java.time.LocalDate;

/** A state joins the partnership on {@code admittedOn}. */
public record AdmitMember(@TargetAggregateIdentifier Member country, LocalDate admittedOn, LocalDate effectiveDate) {

    public static AdmitMember of(FieldErrors errors, String country, String admittedOn, String effectiveDate, Clock clock) {
        Member checkedCountry = MembershipRequests.member(errors, "country", country);
        LocalDate checkedAdmittedOn = errors.requiredDate("admittedOn", admittedOn);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new AdmitMember(checkedCountry, checkedAdmittedOn, checkedDate);
    }
}
