package org.gptracker.events.membership;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import org.gptracker.events.value.Member;

import java.time.LocalDate;

/** A member was suspended: it may not offer, commit or disburse from that date. */
@EventType(name = "gp.membership.MemberSuspended", version = 1, aggregate = "Membership")
public record MemberSuspended(
        Member country,
        LocalDate since,
        String reason,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public MemberSuspended {
        Required.field(country, "country");
        Required.field(since, "since");
        Required.field(reason, "reason");
        Required.field(effectiveDate, "effectiveDate");
    }
}
