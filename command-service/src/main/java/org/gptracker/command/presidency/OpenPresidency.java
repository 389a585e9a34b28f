package org.gptracker.command.presidency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.value.Member;

import java.time.LocalDate;
import java.util.List;

/** A member takes the rotating presidency for {@code year}, chairing it over [startsOn, endsOn]. */
public record OpenPresidency(
        @TargetAggregateIdentifier int year,
        Member chair,
        LocalDate startsOn,
        LocalDate endsOn,
        List<Priority> priorities,
        LocalDate effectiveDate) {

    public OpenPresidency {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }
}
