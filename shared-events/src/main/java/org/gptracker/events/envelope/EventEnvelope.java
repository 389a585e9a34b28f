package org.gptracker.events.envelope;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A CloudEvents 1.0 event in structured JSON mode as it travels on {@code gp.events}.
 * {@code data} is the JSON text of the event's data object, as it travels, so a reader can pass on or store it
 * without knowing its type or parsing it; {@link EnvelopeCodec#payload(EventEnvelope)} turns it into the event record.
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
        String data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
}
