package org.gptracker.query.history;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.query.projection.RebuildBuffer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The event log's appends during a rebuild ({@link EventLog} on a rebuilding thread), inserted in JDBC batches. */
@Component
class EventLogBuffer implements RebuildBuffer {

    private static final int JDBC_BATCH = 1000;

    private final List<LoggedEvent> appended = new ArrayList<>();

    void append(LoggedEvent event) {
        appended.add(event);
    }

    @Override
    public void clear() {
        appended.clear();
    }

    /** Appends read nothing. */
    @Override
    public void prefetch(List<EventEnvelope> batch, JdbcTemplate jdbc, String schema) {
    }

    @Override
    public void flush(JdbcTemplate jdbc, String schema) {
        jdbc.batchUpdate("""
                        insert into %s.event_log (event_id, aggregate_type, aggregate_id, sequence, type, effective_date,
                            recorded_at, presidency, actor, correlation_id, data)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""".formatted(schema),
                appended, JDBC_BATCH, (statement, event) -> {
                    statement.setString(1, event.eventId());
                    statement.setString(2, event.aggregateType());
                    statement.setString(3, event.aggregateId());
                    statement.setLong(4, event.sequence());
                    statement.setString(5, event.type());
                    statement.setObject(6, event.effectiveDate());
                    statement.setObject(7, EventLog.utc(event.recordedAt()));
                    statement.setObject(8, event.presidency());
                    statement.setString(9, event.actor());
                    statement.setString(10, event.correlationId());
                    statement.setString(11, event.data());
                });
        appended.clear();
    }
}
