package org.gptracker.query.projection;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;

/**
 * Builds one read model from the event log: the same code for the live stream and for a rebuild, the store it writes
 * through passed in. Spring beans; they apply each event in their {@code @Order}, each aggregate's events once and in
 * sequence order (the {@link Arrival} rule decides before any of them sees an event).
 *
 * @param <S> the read model's batch-scoped store
 */
public interface Projection<S extends BatchStore> {

    /**
     * A store with nothing in memory; {@code earlier} holds the stores of the projections ordered before this one, and
     * says how many aggregates the store may keep from one batch to the next.
     */
    S newStore(Stores earlier);

    /**
     * Refuses an event this read model cannot take (no actor; a project id that is not the envelope's subject), before
     * any projection applies it: a refused event changes nothing.
     *
     * @throws InvalidEnvelopeException why the event is refused
     */
    default void check(GpEvent event, EventEnvelope envelope) {
    }

    /** Applies the next event of its aggregate, which every projection's {@link #check} passed. */
    void apply(GpEvent event, EventEnvelope envelope, S store);

    /** An event applied before (redelivered), skipped. */
    default void skipped(GpEvent event, EventEnvelope envelope, S store) {
    }

    /** False for a read model only the live stream writes (the stream log): a rebuild leaves it alone. */
    default boolean rebuilt() {
        return true;
    }
}
