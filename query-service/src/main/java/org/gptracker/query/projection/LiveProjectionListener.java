package org.gptracker.query.projection;

import org.gptracker.events.envelope.EventEnvelope;

/**
 * Told by the live {@link Projector} what it did with each event, inside the event's transaction: whatever it
 * writes commits or rolls back with the read models. A rebuild never calls it.
 */
public interface LiveProjectionListener {

    /** Every read model holds the event's changes (not committed yet). */
    void applied(EventEnvelope envelope);

    /** The event had been applied before (redelivered, or applied by a rebuild) and was skipped. */
    void skipped(EventEnvelope envelope);
}
