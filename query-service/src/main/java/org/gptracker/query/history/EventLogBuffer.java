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

    /** With COPY: the event log is most of what a rebuild writes. The text is made on the writer's thread. */
    @Override
    public Write drain() {
        List<LoggedEvent> events = List.copyOf(appended);
        appended.clear();
        return (jdbc, schema) -> {
            if (events.isEmpty()) {
                return;
            }
            String rows = copyText(events);
            jdbc.execute((ConnectionCallback<Long>) connection -> {
                try {
                    return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                            copy %s.event_log (event_id, aggregate_type, aggregate_id, sequence, type, effective_date,
                                recorded_at, presidency, actor, correlation_id, data) from stdin""".formatted(schema),
                            new StringReader(rows));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
    }

    /**
     * COPY's text format: fields separated by a tab, null written as backslash-N, and a backslash put before
     * every backslash, tab, newline and carriage return in a text. JSON has no raw tab or newline, so the data
     * seldom needs one.
     */
    static String copyText(List<LoggedEvent> events) {
        StringBuilder rows = new StringBuilder(events.size() * 512);
        for (LoggedEvent event : events) {
            text(rows, event.eventId()).append('\t');
            text(rows, event.aggregateType()).append('\t');
            text(rows, event.aggregateId()).append('\t');
            rows.append(event.sequence()).append('\t');
            text(rows, event.type()).append('\t');
            rows.append(event.effectiveDate()).append('\t');
            rows.append(EventLog.utc(event.recordedAt())).append('\t');
            text(rows, event.presidency() == null ? null : event.presidency().toString()).append('\t');
            text(rows, event.actor()).append('\t');
            text(rows, event.correlationId()).append('\t');
            text(rows, event.data()).append('\n');
        }
        return rows.toString();
    }

    private static StringBuilder text(StringBuilder rows, String value) {
        if (value == null) {
            return rows.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
        return rows;
    }
}
