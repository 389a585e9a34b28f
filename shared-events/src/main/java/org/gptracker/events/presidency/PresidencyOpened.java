package org.gptracker.events.presidency;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import org.gptracker.events.value.Member;

import java.time.LocalDate;
import java.util.List;

/** A member took the rotating presidency for a year, with its window and priorities. */
@EventType(name = "gp.presidency.PresidencyOpened", version = 1, aggregate = "Presidency")
public record PresidencyOpened(
        Integer year,
        Member chair,
        LocalDate startsOn,
        LocalDate endsOn,
        List<Priority> priorities,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public PresidencyOpened {
        Required.field(year, "year");
        Required.field(chair, "chair");
        Required.field(startsOn, "startsOn");
        Required.field(endsOn, "endsOn");
        Required.field(effectiveDate, "effectiveDate");
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }
}
