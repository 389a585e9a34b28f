package org.gptracker.query.history;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Reads the {@code read.event_log} table: every applied event, once ({@link EventLogProjection} writes it). */
@Repository
class EventLog {

    private static final String COLUMNS = """
            event_id, aggregate_type, aggregate_id, sequence, type, effective_date, recorded_at, presidency, actor,
            correlation_id, data::text as data""";

    private static final String FEED_ORDER = "effective_date, recorded_at, aggregate_id, sequence";

    private static final RowMapper<LoggedEvent> ROW = (rs, n) -> new LoggedEvent(
            rs.getString("event_id"),
            rs.getString("aggregate_type"),
            rs.getString("aggregate_id"),
            rs.getLong("sequence"),
            rs.getString("type"),
            rs.getObject("effective_date", LocalDate.class),
            rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
            rs.getObject("presidency", Integer.class),
            rs.getString("actor"),
            rs.getString("correlation_id"),
            rs.getString("data"));

    private final JdbcTemplate jdbc;

    EventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every event of one aggregate, in sequence order. */
    List<LoggedEvent> ofAggregate(String aggregateType, String aggregateId) {
        return jdbc.query("select " + COLUMNS + """
                         from read.event_log
                        where aggregate_id = ? and aggregate_type = ?
                        order by sequence""",
                ROW, aggregateId, aggregateType);
    }

    /** Up to {@code limit} events of a presidency in effective order, from the start or after a cursor's position. */
    List<LoggedEvent> ofPresidency(int year, FeedCursor after, int limit) {
        if (after == null) {
            return jdbc.query("select " + COLUMNS + " from read.event_log where presidency = ? order by " + FEED_ORDER
                    + " limit ?", ROW, year, limit);
        }
        return jdbc.query("select " + COLUMNS + " from read.event_log where presidency = ? and (" + FEED_ORDER
                        + ") > (?, ?, ?, ?) order by " + FEED_ORDER + " limit ?",
                ROW, year, after.effectiveDate(), utc(after.recordedAt()), after.aggregateId(), after.sequence(), limit);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
