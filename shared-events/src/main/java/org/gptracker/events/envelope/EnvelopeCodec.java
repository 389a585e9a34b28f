package org.gptracker.events.envelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gptracker.events.EventCatalog;
import org.gptracker.events.EventJson;
import org.gptracker.events.GpEvent;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Writes and reads the CloudEvents 1.0 JSON envelope of DESIGN §3. Both services use it: the
 * command side to publish what it stored, the query side to read what it consumes.
 */
public final class EnvelopeCodec {

    private static final EnvelopeCodec STANDARD = new EnvelopeCodec(EventJson.newMapper(), EventCatalog.standard());

    private final ObjectMapper mapper;
    private final EventCatalog catalog;

    public EnvelopeCodec(ObjectMapper mapper, EventCatalog catalog) {
        this.mapper = mapper;
        this.catalog = catalog;
    }

    public static EnvelopeCodec standard() {
        return STANDARD;
    }

    public EventEnvelope wrap(GpEvent event, Provenance provenance) {
        EventCatalog.Entry entry = catalog.of(event.getClass());
        return new EventEnvelope(
                provenance.eventId(),
                provenance.source(),
                entry.wireType(),
                provenance.aggregateId(),
                provenance.recordedAt(),
                entry.aggregateType(),
                provenance.sequence(),
                event.presidencyYear(),
                event.effectiveDate(),
                provenance.actor(),
                provenance.correlationId(),
                mapper.valueToTree(event),
                provenance.actorRef(),
                provenance.hash(),
                provenance.prevHash());
    }

    public byte[] encode(EventEnvelope envelope) {
        ObjectNode json = mapper.createObjectNode();
        json.put("specversion", EventEnvelope.SPEC_VERSION);
        json.put("id", envelope.id());
        json.put("source", envelope.source());
        json.put("type", envelope.type());
        json.put("subject", envelope.subject());
        json.put("time", envelope.time().toString());
        json.put("datacontenttype", EventEnvelope.DATA_CONTENT_TYPE);
        json.put("aggregatetype", envelope.aggregateType());
        json.put("sequence", envelope.sequence());
        // absent rather than null: the CloudEvents Java SDK reads a JSON null extension as the string "null"
        if (envelope.presidency() != null) {
            json.put("presidency", envelope.presidency());
        }
        if (envelope.effectiveDate() != null) {
            json.put("effectivedate", envelope.effectiveDate().toString());
        }
        putIfPresent(json, "actor", envelope.actor());
        putIfPresent(json, "correlationid", envelope.correlationId());
        putIfPresent(json, "actorref", envelope.actorRef());
        putIfPresent(json, "hash", envelope.hash());
        putIfPresent(json, "prevhash", envelope.prevHash());
        json.set("data", envelope.data());
        try {
            return mapper.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write envelope " + envelope.id(), e);
        }
    }

    public EventEnvelope decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidEnvelopeException("empty record: no CloudEvents envelope");
        }
        JsonNode json;
        try {
            json = mapper.readTree(bytes);
        } catch (IOException e) {
            throw new InvalidEnvelopeException("not JSON: " + rootMessage(e), e);
        }
        if (json == null || !json.isObject()) {
            throw new InvalidEnvelopeException("not a JSON object: no CloudEvents envelope");
        }
        String specVersion = requiredText(json, "specversion");
        if (!EventEnvelope.SPEC_VERSION.equals(specVersion)) {
            throw new InvalidEnvelopeException("unsupported CloudEvents specversion '" + specVersion + "'");
        }
        JsonNode sequence = json.get("sequence");
        if (sequence == null || !sequence.canConvertToLong() || !sequence.isIntegralNumber() || sequence.asLong() < 0) {
            throw new InvalidEnvelopeException("attribute 'sequence' must be a non-negative integer");
        }
        JsonNode presidency = json.get("presidency");
        if (presidency != null && !presidency.isNull() && !presidency.isInt()) {
            throw new InvalidEnvelopeException("attribute 'presidency' must be a year");
        }
        JsonNode data = json.get("data");
        if (data == null || !data.isObject()) {
            throw new InvalidEnvelopeException("attribute 'data' must be a JSON object");
        }
        return new EventEnvelope(
                requiredText(json, "id"),
                requiredText(json, "source"),
                requiredText(json, "type"),
                requiredText(json, "subject"),
                parseTime(requiredText(json, "time")),
                requiredText(json, "aggregatetype"),
                sequence.asLong(),
                presidency == null || presidency.isNull() ? null : presidency.asInt(),
                parseDate(optionalText(json, "effectivedate")),
                optionalText(json, "actor"),
                optionalText(json, "correlationid"),
                data,
                optionalText(json, "actorref"),
                optionalText(json, "hash"),
                optionalText(json, "prevhash"));
    }

    /** The typed event inside an envelope; an unknown type or data that does not fit it is refused. */
    public GpEvent payload(EventEnvelope envelope) {
        EventCatalog.Entry entry = catalog.byWireType(envelope.type())
                .orElseThrow(() -> new InvalidEnvelopeException("unknown event type '" + envelope.type() + "'"));
        try {
            return mapper.treeToValue(envelope.data(), entry.eventClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEnvelopeException("data does not match " + entry.wireType() + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
    }

    private static void putIfPresent(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private static String requiredText(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidEnvelopeException("attribute '" + name + "' is missing or not a string");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidEnvelopeException("attribute '" + name + "' is not a string");
        }
        return value.asText();
    }

    private static Instant parseTime(String time) {
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidEnvelopeException("attribute 'time' is not an RFC 3339 timestamp: " + time);
        }
    }

    private static LocalDate parseDate(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidEnvelopeException("attribute 'effectivedate' is not an ISO-8601 date: " + date);
        }
    }
}
