package org.gptracker.query.history;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.query.projection.CopyRows;
import org.gptracker.query.projection.BatchStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/** The event log's appends of a batch, written with COPY. */
class EventLogStore implements BatchStore {

    private final List<LoggedEvent> appended = new ArrayList<>();

    void append(LoggedEvent event) {
        appended.add(event);
    }

    /** Appends read nothing. */
    @Override
    public void prefetch(List<EventEnvelope> batch, JdbcTemplate jdbc, String schema) {
    }

    /** With COPY: the event log is most of what a rebuild writes. The rows are made on the writer's thread. */
    @Override
    public Write drain() {
        List<LoggedEvent> events = List.copyOf(appended);
        appended.clear();
        return (jdbc, schema) -> rows(events).copy(jdbc, """
                copy %s.event_log (event_id, aggregate_type, aggregate_id, sequence, type, effective_date, recorded_at,
                    presidency, actor, correlation_id, data) from stdin""".formatted(schema));
    }

    static CopyRows rows(List<LoggedEvent> events) {
        CopyRows rows = new CopyRows();
        for (LoggedEvent event : events) {
            rows.text(event.eventId())
                    .text(event.aggregateType())
                    .text(event.aggregateId())
                    .number(event.sequence())
                    .text(event.type())
                    .value(event.effectiveDate())
                    .timestamp(event.recordedAt())
                    .value(event.presidency())
                    .text(event.actor())
                    .text(event.correlationId())
                    .text(event.data())
                    .endRow();
        }
        return rows;
    }
}
