package org.gptracker.events.audit;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import java.time.LocalDate;

/**
 * A person was erased: nothing maps {@code actorRef} to who they were any more. Readers drop the name they
 * keep for that reference; the events keep the reference, which their audit chain covers.
 */
@EventType(name = "gp.audit.ActorErased", version = 1, aggregate = "Actor")
public record ActorErased(
        String actorRef,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public ActorErased {
        Required.field(actorRef, "actorRef");
        Required.field(effectiveDate, "effectiveDate");
    }
}
