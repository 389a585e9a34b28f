package org.gptracker.query.stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code stream.event} table, every event the live projection applied ({@link StreamProjection} writes it in
 * the projection's own transaction), in commit order ({@link StreamPosition}).
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
