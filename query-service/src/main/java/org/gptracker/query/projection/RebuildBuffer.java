package org.gptracker.query.projection;

import org.gptracker.events.envelope.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * A read model's writes during a rebuild, held in memory for a batch of events and written at its end
 * with one JDBC batch per statement: no round trip per event. Used by one rebuilding thread at a time.
 */
public interface RebuildBuffer {

    /** A rebuild starts on empty tables: forget everything. */
    void clear();

    /** Loads, with one query per table, the rows the batch's events will read. */
    void prefetch(List<EventEnvelope> batch, JdbcTemplate jdbc, String schema);

    /** Writes what the batch changed into the tables of {@code schema}, within the caller's transaction. */
    void flush(JdbcTemplate jdbc, String schema);
}
