package org.gptracker.events.presidency;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import java.time.LocalDate;

/** A presidency ended; nothing more is recorded against it. */
@EventType(name = "gp.presidency.PresidencyClosed", version = 1, aggregate = "Presidency")
public record PresidencyClosed(
        Integer year,
        LocalDate closedOn,
        Integer successorYear,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public PresidencyClosed {
        Required.field(year, "year");
        Required.field(closedOn, "closedOn");
        Required.field(effectiveDate, "effectiveDate");
    }
}
