package org.gptracker.query.history;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.gptracker.query.projection.Projection;
import org.gptracker.query.projection.Stores;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.stream.Stream;

/**
 * Keeps every event of every aggregate in {@code event_log}, for the audit trail and the replay feed. First of the
 * projections: it refuses what no read model can keep — an event without its actor, or with a NUL character, which
 * PostgreSQL's text and jsonb cannot hold — before any of them applies it.
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
        boolean nul = Stream.of(envelope.id(), envelope.type(), envelope.subject(), envelope.aggregateType(), envelope.actor(),
                envelope.correlationId()).anyMatch(text -> text != null && text.indexOf('\0') >= 0);
        if (nul || escapesNul(envelope.data())) {
            throw new InvalidEnvelopeException("a text holds a NUL character (\\u0000), which PostgreSQL cannot store");
        }
    }

    /** Whether the JSON text has the escape {@code \u0000} (a backslash before it escaped by another does not count). */
    static boolean escapesNul(String json) {
        for (int at = json.indexOf("u0000"); at > 0; at = json.indexOf("u0000", at + 1)) {
            int backslashes = 0;
            for (int i = at - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void apply(GpEvent event, EventEnvelope envelope, EventLogStore store) {
        store.append(LoggedEvent.of(event, envelope));
    }
}
