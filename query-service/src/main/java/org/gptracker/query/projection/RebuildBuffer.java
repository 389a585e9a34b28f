package org.gptracker.query.projection;

import org.gptracker.events.envelope.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * A read model's writes during a rebuild, held in memory for a batch of events and written at its end
 * with one JDBC batch (or COPY) per statement: no round trip per event. Used by one rebuilding thread at a
 * time; a batch's writes run on another thread while the next batch is read and applied.
 */
public interface RebuildBuffer {

    /** What one batch changed, detached from the buffer: written into the tables of {@code schema}. */
    @FunctionalInterface
    interface Write {
        void to(JdbcTemplate jdbc, String schema);
    }

    /** A rebuild starts on empty tables: forget everything. */
    void clear();

    /**
     * Loads, with one query per table, the rows the batch's events will read. {@code batch} holds the events of
     * aggregates an earlier batch applied events of; an aggregate whose first event is in this batch has no row
     * yet. The previous batch's writes may not be committed yet: what that batch changed is taken from memory.
     */
    void prefetch(List<EventEnvelope> batch, JdbcTemplate jdbc, String schema);

    /** Hands over what the batch changed, to be written within the writer's transaction, and starts the next batch. */
    Write drain();
}
