package org.gptracker.events.membership;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import org.gptracker.events.value.Member;

import java.time.LocalDate;

/** A suspended member was reinstated. */
@EventType(name = "gp.membership.MemberReinstated", version = 1, aggregate = "Membership")
public record MemberReinstated(
        Member country,
        LocalDate since,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public MemberReinstated {
        Required.field(country, "country");
        Required.field(since, "since");
        Required.field(effectiveDate, "effectiveDate");
    }
}
