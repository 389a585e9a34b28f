package org.gptracker.query.history;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.query.projection.CopyRows;
import org.gptracker.query.projection.BatchStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The event log's appends of a batch, written with COPY, and the names it forgets: an erased person's events keep
 * their actor reference and lose the name (the live stream's log keeps no names).
 */
class EventLogStore implements BatchStore {

    private final List<LoggedEvent> appended = new ArrayList<>();
    private final List<String> erasedRefs = new ArrayList<>();

    void append(LoggedEvent event) {
        appended.add(event);
    }

    void erase(String actorRef) {
        erasedRefs.add(actorRef);
    }

    /** Appends read nothing. */
    @Override
    public void prefetch(List<EventEnvelope> batch, JdbcTemplate jdbc, String schema) {
    }

    /** With COPY: the event log is most of what a rebuild writes. The rows are made on the writer's thread. */
    @Override
    public Write drain() {
        List<LoggedEvent> events = List.copyOf(appended);
        String[] erased = erasedRefs.toArray(String[]::new);
        appended.clear();
        erasedRefs.clear();
        return (jdbc, schema) -> {
            rows(events).copy(jdbc, """
                    copy %s.event_log (event_id, aggregate_type, aggregate_id, sequence, type, effective_date, recorded_at,
                        presidency, actor, correlation_id, data, actor_ref, hash, prev_hash) from stdin""".formatted(schema));
            if (erased.length > 0) {
                jdbc.update("update %s.event_log set actor = null where actor_ref = any (?)".formatted(schema), (Object) erased);
            }
        };
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
                    .text(event.actorRef())
                    .text(event.hash())
                    .text(event.prevHash())
                    .endRow();
        }
        return rows;
    }
}
