package org.gptracker.events.membership;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import org.gptracker.events.value.Member;

import java.time.LocalDate;

/** A state became a member of the partnership. */
@EventType(name = "gp.membership.MemberAdmitted", version = 1, aggregate = "Membership")
public record MemberAdmitted(
        Member country,
        LocalDate admittedOn,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public MemberAdmitted {
        Required.field(country, "country");
        Required.field(admittedOn, "admittedOn");
        Required.field(effectiveDate, "effectiveDate");
    }
}
