package org.gptracker.query.projection;

import org.gptracker.events.envelope.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * A read model's rows for a batch of events: read from the tables once per batch, changed in memory by its
 * {@link Projection}, written at the batch's end with COPY for the rows the batch made and one JDBC batch of upserts
 * for the rows it changed. The one write path of the read model: a live poll gets a fresh store, a rebuild one store
 * for the whole run (whose batches are written on another thread while the next one is applied); only the schema
 * differs. Used by one thread at a time.
 */
public interface BatchStore {

    /** What one batch changed, detached from the store: written into the tables of {@code schema}. */
    @FunctionalInterface
    interface Write {
        void to(JdbcTemplate jdbc, String schema);
    }

    /**
     * Loads, with one query per table, the rows the batch's events will read. {@code batch} holds the events of
     * aggregates an earlier batch applied events of; an aggregate whose first event is in this batch has no row
     * yet. In a rebuild the previous batch's writes may not be committed yet: what it changed is taken from memory.
     */
    void prefetch(List<EventEnvelope> batch, JdbcTemplate jdbc, String schema);

    /** Hands over what the batch changed, to be written in the batch's transaction, and starts the next batch. */
    Write drain();
}
