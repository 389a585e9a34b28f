package org.gptracker.query.stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code stream.event} table: every event the live projection applied, logged in the projection's own
 * transaction, and read back in commit order ({@link StreamPosition}).
 */
@Repository
class StreamLog {

    /** Read only below the oldest running transaction: no row can commit later with a lower position. */
    private static final String SETTLED = "txid < pg_snapshot_xmin(pg_current_snapshot())";

    /**
     * The transaction id goes out as text (JDBC has no xid8) under another name: an output column named {@code txid}
     * would be what {@code order by txid} sorts by, as text, putting "999" after "3031".
     */
    private static final String COLUMNS = """
            txid::text as txid_text, position, event_id, type, aggregate_type, aggregate_id, sequence, presidency, effective_date,
            recorded_at, correlation_id, project_status""";

    private static final RowMapper<StreamEvent> ROW = (rs, n) -> new StreamEvent(
            new StreamPosition(Long.parseLong(rs.getString("txid_text")), rs.getLong("position")),
            rs.getString("event_id"),
            rs.getString("type"),
            rs.getString("aggregate_type"),
            rs.getString("aggregate_id"),
            rs.getLong("sequence"),
            rs.getObject("presidency", Integer.class),
            rs.getObject("effective_date", LocalDate.class),
            rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
            rs.getString("correlation_id"),
            rs.getString("project_status"));

    private final JdbcTemplate jdbc;

    /** Takes the schema so that it exists before the first statement. */
    StreamLog(JdbcTemplate jdbc, StreamSchema schema) {
        this.jdbc = jdbc;
    }

    /**
     * Logs the event as the event log has it, with the project's status as the projection just wrote it: one
     * statement, in the projection's transaction. An event in the stream already stays there once.
     *
     * @return whether the event was new to the stream
     */
    boolean log(String eventId) {
        return jdbc.update("""
                insert into stream.event (event_id, type, aggregate_type, aggregate_id, sequence, presidency, effective_date, recorded_at,
                    correlation_id, project_status)
                select e.event_id, e.type, e.aggregate_type, e.aggregate_id, e.sequence, e.presidency, e.effective_date, e.recorded_at,
                    e.correlation_id,
                    case when e.aggregate_type = ? then
                        (select p.status from read.project p where p.project_id = cast(e.aggregate_id as uuid)) end
                from read.event_log e
                where e.event_id = ?
                on conflict (event_id) do nothing""", StreamEvent.PROJECT, eventId) > 0;
    }

    /** The last event that can be read, or {@link StreamPosition#START}. */
    StreamPosition head() {
        return jdbc.query("select txid::text as txid_text, position from stream.event where " + SETTLED
                                + " order by txid desc, position desc limit 1",
                        (rs, n) -> new StreamPosition(Long.parseLong(rs.getString(1)), rs.getLong(2)))
                .stream().findFirst().orElse(StreamPosition.START);
    }

    /**
     * Whether rows after {@code after} have committed but cannot be read yet, because a transaction older than
     * theirs is still running somewhere in the database.
     */
    boolean holdsBackAfter(StreamPosition after) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from stream.event where (txid, position) > "
                        + "(cast(? as xid8), ?) and not (" + SETTLED + "))",
                Boolean.class, Long.toString(after.txid()), after.position()));
    }

    /** Up to {@code limit} events after {@code after} that can be read, in stream order. */
    List<StreamEvent> after(StreamPosition after, int limit) {
        return jdbc.query("select " + COLUMNS + " from stream.event where (txid, position) > (cast(? as xid8), ?) and "
                        + SETTLED + " order by txid, position limit ?",
                ROW, Long.toString(after.txid()), after.position(), limit);
    }

    /** Up to {@code limit} events after {@code after} and up to {@code upTo} that pass {@code filter}, in stream order. */
    List<StreamEvent> between(StreamPosition after, StreamPosition upTo, StreamFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + """
                 from stream.event
                where (txid, position) > (cast(? as xid8), ?) and (txid, position) <= (cast(? as xid8), ?)""");
        List<Object> arguments = new ArrayList<>(List.of(Long.toString(after.txid()), after.position(),
                Long.toString(upTo.txid()), upTo.position()));
        if (filter.presidency() != null) {
            sql.append(" and presidency = ?");
            arguments.add(filter.presidency());
        }
        if (filter.projectId() != null) {
            sql.append(" and aggregate_type = ? and aggregate_id = ?");
            arguments.add(StreamEvent.PROJECT);
            arguments.add(filter.projectId());
        }
        sql.append(" order by txid, position limit ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), ROW, arguments.toArray());
    }
}
