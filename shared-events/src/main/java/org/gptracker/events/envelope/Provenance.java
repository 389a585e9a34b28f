package org.gptracker.events.envelope;

import java.time.Instant;

/**
 * Where a stored event came from: its id, its place in its aggregate's stream, when it was
 * recorded and by whom, and its link of the audit chain. Together with the event itself it makes an {@link EventEnvelope}.
 */
public record Provenance(
        String eventId,
        String source,
        String aggregateId,
        long sequence,
        Instant recordedAt,
        String actor,
        String correlationId,
        String actorRef,
        String hash,
        String prevHash) {

    /** Provenance without the audit chain's attributes. */
    public Provenance(String eventId, String source, String aggregateId, long sequence, Instant recordedAt, String actor,
                      String correlationId) {
        this(eventId, source, aggregateId, sequence, recordedAt, actor, correlationId, null, null, null);
    }
}
