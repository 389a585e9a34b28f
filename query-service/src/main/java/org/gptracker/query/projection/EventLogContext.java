package org.gptracker.query.projection;

import org.gptracker.events.envelope.EventEnvelope;
import org.slf4j.MDC;

/**
 * Puts the event being applied into the logging MDC, so every line logged while it is applied names it,
 * and the command side's request through its correlation id; {@link #close()} takes them out again.
 */
final class EventLogContext implements AutoCloseable {

    static final String CORRELATION_ID = "correlationId";
    static final String EVENT_ID = "eventId";
    static final String EVENT_TYPE = "eventType";
    static final String AGGREGATE_ID = "aggregateId";

    private EventLogContext(EventEnvelope envelope) {
        put(CORRELATION_ID, envelope.correlationId());
        put(EVENT_ID, envelope.id());
        put(EVENT_TYPE, envelope.type());
        put(AGGREGATE_ID, envelope.subject());
    }

    static EventLogContext of(EventEnvelope envelope) {
        return new EventLogContext(envelope);
    }

    private static void put(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }

    @Override
    public void close() {
        MDC.remove(CORRELATION_ID);
        MDC.remove(EVENT_ID);
        MDC.remove(EVENT_TYPE);
        MDC.remove(AGGREGATE_ID);
    }
}
