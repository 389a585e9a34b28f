package org.gptracker.query.history;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.query.projection.RebuildBuffer;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The event log's appends during a rebuild ({@link EventLog} on a rebuilding thread), written with COPY. */
@Component
class EventLogBuffer implements RebuildBuffer {

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

    /** With COPY: the event log is most of what a rebuild writes. */
    @Override
    public void flush(JdbcTemplate jdbc, String schema) {
        if (appended.isEmpty()) {
            return;
        }
        String rows = csv(appended);
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        copy %s.event_log (event_id, aggregate_type, aggregate_id, sequence, type, effective_date,
                            recorded_at, presidency, actor, correlation_id, data) from stdin (format csv)""".formatted(schema),
                        new StringReader(rows));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        appended.clear();
    }

    /** CSV as COPY reads it: a null is an empty unquoted field, every text is quoted. */
    static String csv(List<LoggedEvent> events) {
        StringBuilder rows = new StringBuilder(events.size() * 512);
        for (LoggedEvent event : events) {
            text(rows, event.eventId()).append(',');
            text(rows, event.aggregateType()).append(',');
            text(rows, event.aggregateId()).append(',');
            rows.append(event.sequence()).append(',');
            text(rows, event.type()).append(',');
            rows.append(event.effectiveDate()).append(',');
            rows.append(EventLog.utc(event.recordedAt())).append(',');
            if (event.presidency() != null) {
                rows.append(event.presidency());
            }
            rows.append(',');
            text(rows, event.actor()).append(',');
            text(rows, event.correlationId()).append(',');
            text(rows, event.data()).append('\n');
        }
        return rows.toString();
    }

    private static StringBuilder text(StringBuilder rows, String value) {
        return value == null ? rows : rows.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
