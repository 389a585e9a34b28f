package org.gptracker.events.envelope;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A CloudEvents 1.0 event in structured JSON mode as it travels on {@code gp.events}.
 * {@code data} is the JSON text of the event's data object, as it travels, so a reader can pass on or store it
 * without knowing its type or parsing it; {@link EnvelopeCodec#payload(EventEnvelope)} turns it into the event record.
 * {@code actorRef}, {@code hash} and {@code prevHash} are the event's place in its aggregate's audit chain
 * (docs/audit.md).
 */
public record EventEnvelope(
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String aggregateType,
        long sequence,
        Integer presidency,
        LocalDate effectiveDate,
        String actor,
        String correlationId,
        String data,
        String actorRef,
        String hash,
        String prevHash) {

    /** An envelope without the audit attributes ({@code actorref}, {@code hash}, {@code prevhash}). */
    public EventEnvelope(String id, String source, String type, String subject, Instant time, String aggregateType,
                         long sequence, Integer presidency, LocalDate effectiveDate, String actor, String correlationId,
                         String data) {
        this(id, source, type, subject, time, aggregateType, sequence, presidency, effectiveDate, actor, correlationId, data,
                null, null, null);
    }

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
}
