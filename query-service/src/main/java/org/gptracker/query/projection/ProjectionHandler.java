package org.gptracker.query.projection;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;

/**
 * Applies one event type to one read model. A Spring bean implementing it is found and called by
 * the {@link Projector}, inside the transaction that advances the event's aggregate position, so a
 * handler never sees an event twice nor out of order. Projecting a new event type is writing one.
 */
public interface ProjectionHandler<E extends GpEvent> {

    Class<E> eventType();

    void apply(E event, EventEnvelope envelope);
}
