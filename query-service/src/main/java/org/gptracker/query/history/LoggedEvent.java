package org.gptracker.query.history;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event as it was recorded: a row of {@code read.event_log}.
 *
 * @param type       the wire type, e.g. {@code gp.project.ProjectProposed.v1}
 * @param presidency the presidency the effective date falls in, null when none
 * @param data       the envelope's data as JSON text
 */
record LoggedEvent(
        String eventId,
        String aggregateType,
        String aggregateId,
        long sequence,
        String type,
        LocalDate effectiveDate,
        Instant recordedAt,
        Integer presidency,
        String actor,
        String correlationId,
        String data) {

    /**
     * The effective date and presidency are taken from the event itself, where the command side stamped
     * them once (the envelope's optional attributes copy them).
     *
     * @throws InvalidEnvelopeException when the envelope does not say who made the change: an audit trail
     *                                  entry without its actor would be worthless
     */
    static LoggedEvent of(GpEvent event, EventEnvelope envelope) {
        if (envelope.actor() == null || envelope.actor().isBlank()) {
            throw new InvalidEnvelopeException("attribute 'actor' is missing: every event records who made the change");
        }
        return new LoggedEvent(envelope.id(), envelope.aggregateType(), envelope.subject(), envelope.sequence(),
                envelope.type(), event.effectiveDate(), envelope.time(), event.presidencyYear(), envelope.actor(),
                envelope.correlationId(), envelope.data());
    }
}
