package org.gptracker.events.presidency;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;
import org.gptracker.events.value.Member;

import java.time.LocalDate;

/** Another member chairs the rest of a presidency from {@code since} (in 2014 Germany took over from Russia in June). */
@EventType(name = "gp.presidency.ChairHandedOver", version = 1, aggregate = "Presidency")
public record ChairHandedOver(
        Integer year,
        Member chair,
        LocalDate since,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public ChairHandedOver {
        Required.field(year, "year");
        Required.field(chair, "chair");
        Required.field(since, "since");
        Required.field(effectiveDate, "effectiveDate");
    }
}
