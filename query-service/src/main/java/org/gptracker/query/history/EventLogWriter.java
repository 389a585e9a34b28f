package org.gptracker.query.history;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

/** Keeps every event of every aggregate in {@code read.event_log}, for the audit trail and the replay feed. */
@Component
class EventLogWriter implements ProjectionHandler<GpEvent> {

    private final EventLog eventLog;

    EventLogWriter(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    @Override
    public Class<GpEvent> eventType() {
        return GpEvent.class;
    }

    @Override
    public void apply(GpEvent event, EventEnvelope envelope) {
        eventLog.append(LoggedEvent.of(event, envelope));
    }
}
