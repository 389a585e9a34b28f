package org.gptracker.events.presidency;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import java.time.LocalDate;

/** A presidency declared one more priority. */
@EventType(name = "gp.presidency.PriorityDeclared", version = 1, aggregate = "Presidency")
public record PriorityDeclared(
        Integer year,
        String code,
        String title,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public PriorityDeclared {
        Required.field(year, "year");
        Required.field(code, "code");
        Required.field(title, "title");
        Required.field(effectiveDate, "effectiveDate");
    }
}
