package org.gptracker.query.history;

import org.gptracker.events.GpEvent;
import org.gptracker.events.audit.ActorErased;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.query.projection.Projection;
import org.gptracker.query.projection.Storable;
import org.gptracker.query.projection.Stores;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;


/**
 * Keeps every event of every aggregate in {@code event_log}, for the audit trail and the replay feed. First of the
 * projections: it refuses what no read model can keep — an event without its actor, or with a value PostgreSQL cannot
 * store ({@link Storable}: a NUL character, a date out of its range) — before any of them applies it.
 */
@Component
@Order(0)
class EventLogProjection implements Projection<EventLogStore> {

    @Override
    public EventLogStore newStore(Stores earlier) {
        return new EventLogStore();
    }

    @Override
    public void check(GpEvent event, EventEnvelope envelope) {
        LoggedEvent.of(event, envelope);
        Storable.text(envelope.id(), "attribute 'id'");
        Storable.text(envelope.type(), "attribute 'type'");
        Storable.text(envelope.subject(), "attribute 'subject'");
        Storable.text(envelope.aggregateType(), "attribute 'aggregatetype'");
        Storable.text(envelope.actor(), "attribute 'actor'");
        Storable.text(envelope.correlationId(), "attribute 'correlationid'");
        Storable.json(envelope.data(), "data");
        Storable.timestamp(envelope.time(), "attribute 'time'");
        Storable.date(event.effectiveDate(), "data.effectiveDate");
    }

    @Override
    public void apply(GpEvent event, EventEnvelope envelope, EventLogStore store) {
        store.append(LoggedEvent.of(event, envelope));
        if (event instanceof ActorErased erased) {
            store.erase(erased.actorRef());
        }
    }
}
