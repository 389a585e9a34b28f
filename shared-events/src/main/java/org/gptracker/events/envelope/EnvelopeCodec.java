package org.gptracker.events.envelope;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.gptracker.events.EventCatalog;
import org.gptracker.events.EventJson;
import org.gptracker.events.GpEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes and reads the CloudEvents 1.0 JSON envelope of DESIGN §3. Both services use it: the command side to publish
 * what it stored, the query side to read what it consumes. Both ways stream: the envelope's attributes are written and
 * read token by token, and the event's {@code data} travels as the JSON text it is, parsed only by {@link #payload}
 * (a reader that only stores or forwards the data never builds a tree of it).
 */
public final class EnvelopeCodec {

    /** The data members every event of the contract has ({@link GpEvent}), as its JSON names them. */
    private static final String EFFECTIVE_DATE = "effectiveDate";
    private static final String PRESIDENCY_YEAR = "presidencyYear";
    private static final EnvelopeCodec STANDARD = new EnvelopeCodec(EventJson.newMapper(), EventCatalog.standard());

    private final ObjectMapper mapper;
    private final JsonFactory json;
    private final EventCatalog catalog;
    private final Map<String, ObjectReader> readers = new HashMap<>();

    public EnvelopeCodec(ObjectMapper mapper, EventCatalog catalog) {
        this.mapper = mapper;
        this.json = mapper.getFactory();
        this.catalog = catalog;
        for (EventCatalog.Entry entry : catalog.entries()) {
            readers.put(entry.wireType(), mapper.readerFor(entry.eventClass()));
        }
    }

    public static EnvelopeCodec standard() {
        return STANDARD;
    }

    public EventEnvelope wrap(GpEvent event, Provenance provenance) {
        EventCatalog.Entry entry = catalog.of(event.getClass());
        String data;
        try {
            data = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + provenance.eventId(), e);
        }
        return envelope(entry, provenance, event.presidencyYear(), event.effectiveDate(), data);
    }

    /**
     * The envelope of an event as the event store keeps it: {@code payload} is the JSON of its data (canonical, the
     * bytes its audit chain hashed) and travels as it is. Nothing is bound to the event record; only the payload's top
     * level is read, for the effective date and presidency the command side stamped on it.
     *
     * @param wireType the stored payload's type, e.g. {@code gp.project.ProjectProposed.v1}
     * @throws IllegalArgumentException when the type is not in the catalog or the payload is no JSON object of one
     */
    public EventEnvelope wrapStored(String wireType, byte[] payload, Provenance provenance) {
        EventCatalog.Entry entry = catalog.byWireType(wireType).orElseThrow(() -> new IllegalArgumentException(
                "stored event " + provenance.eventId() + " of type " + wireType + " is not part of the published contract"));
        LocalDate effectiveDate = null;
        Integer presidency = null;
        try (JsonParser parser = json.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the payload of stored event " + provenance.eventId() + " is no JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (EFFECTIVE_DATE.equals(name) && value == JsonToken.VALUE_STRING) {
                    effectiveDate = parseDate(parser.getText());
                } else if (PRESIDENCY_YEAR.equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                    presidency = parser.getIntValue();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException | InvalidEnvelopeException e) {
            throw new IllegalArgumentException("cannot read the payload of stored event " + provenance.eventId() + ": "
                    + message(e), e);
        }
        return envelope(entry, provenance, presidency, effectiveDate, new String(payload, StandardCharsets.UTF_8));
    }

    private static EventEnvelope envelope(EventCatalog.Entry entry, Provenance provenance, Integer presidency,
                                          LocalDate effectiveDate, String data) {
        return new EventEnvelope(provenance.eventId(), provenance.source(), entry.wireType(), provenance.aggregateId(),
                provenance.recordedAt(), entry.aggregateType(), provenance.sequence(), presidency, effectiveDate,
                provenance.actor(), provenance.correlationId(), data, provenance.actorRef(), provenance.hash(),
                provenance.prevHash());
    }

    public byte[] encode(EventEnvelope envelope) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + envelope.data().length());
        try (JsonGenerator out = json.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("specversion", EventEnvelope.SPEC_VERSION);
            out.writeStringField("id", envelope.id());
            out.writeStringField("source", envelope.source());
            out.writeStringField("type", envelope.type());
            out.writeStringField("subject", envelope.subject());
            out.writeStringField("time", UsualForms.text(envelope.time()));
            out.writeStringField("datacontenttype", EventEnvelope.DATA_CONTENT_TYPE);
            out.writeStringField("aggregatetype", envelope.aggregateType());
            out.writeNumberField("sequence", envelope.sequence());
            // absent rather than null: the CloudEvents Java SDK reads a JSON null extension as the string "null"
            if (envelope.presidency() != null) {
                out.writeNumberField("presidency", envelope.presidency());
            }
            if (envelope.effectiveDate() != null) {
                out.writeStringField("effectivedate", envelope.effectiveDate().toString());
            }
            if (envelope.actor() != null) {
                out.writeStringField("actor", envelope.actor());
            }
            if (envelope.correlationId() != null) {
                out.writeStringField("correlationid", envelope.correlationId());
            }
            if (envelope.actorRef() != null) {
                out.writeStringField("actorref", envelope.actorRef());
            }
            if (envelope.hash() != null) {
                out.writeStringField("hash", envelope.hash());
            }
            if (envelope.prevHash() != null) {
                out.writeStringField("prevhash", envelope.prevHash());
            }
            out.writeFieldName("data");
            out.writeRawValue(envelope.data());
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write envelope " + envelope.id(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a record's envelope off the token stream, its data kept as the text it came as.
     *
     * @throws InvalidEnvelopeException when the record is no CloudEvents envelope of the contract
     */
    public EventEnvelope decode(byte[] record) {
        if (record == null || record.length == 0) {
            throw new InvalidEnvelopeException("empty record: no CloudEvents envelope");
        }
        Attributes attributes;
        try (JsonParser parser = json.createParser(record)) {
            attributes = read(parser);
        } catch (IOException e) {
            throw new InvalidEnvelopeException("not JSON: " + message(e), e);
        }
        return attributes.envelope(record);
    }

    /** The typed event inside an envelope; an unknown type or data that does not fit it is refused. */
    public GpEvent payload(EventEnvelope envelope) {
        ObjectReader reader = readers.get(envelope.type());
        if (reader == null) {
            throw new InvalidEnvelopeException("unknown event type '" + envelope.type() + "'");
        }
        try {
            return reader.readValue(envelope.data());
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidEnvelopeException("data does not match " + envelope.type() + ": " + message(e), e);
        }
    }

    private static Attributes read(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new InvalidEnvelopeException("not a JSON object: no CloudEvents envelope");
        }
        Attributes attributes = new Attributes();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "specversion" -> attributes.specVersion = text(parser, value);
                case "id" -> attributes.id = text(parser, value);
                case "source" -> attributes.source = text(parser, value);
                case "type" -> attributes.type = text(parser, value);
                case "subject" -> attributes.subject = text(parser, value);
                case "time" -> attributes.time = text(parser, value);
                case "aggregatetype" -> attributes.aggregateType = text(parser, value);
                case "effectivedate" -> attributes.effectiveDate = text(parser, value);
                case "actor" -> attributes.actor = text(parser, value);
                case "correlationid" -> attributes.correlationId = text(parser, value);
                case "actorref" -> attributes.actorRef = text(parser, value);
                case "hash" -> attributes.hash = text(parser, value);
                case "prevhash" -> attributes.prevHash = text(parser, value);
                case "sequence" -> attributes.sequence = sequence(parser, value);
                case "presidency" -> presidency(parser, value, attributes);
                case "data" -> {
                    attributes.dataStart = value == JsonToken.START_OBJECT ? (int) parser.currentTokenLocation().getByteOffset() : -1;
                    parser.skipChildren();
                    attributes.dataEnd = (int) parser.currentTokenLocation().getByteOffset() + 1;
                }
                default -> parser.skipChildren();
            }
        }
        return attributes;
    }

    /** A text attribute as the tree would hold it: a string, null (absent), or something else (refused when read). */
    private static Text text(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return new Text(parser.getText(), true);
        }
        parser.skipChildren();
        return value == JsonToken.VALUE_NULL ? null : Text.NOT_A_STRING;
    }

    /** -1 when it is no non-negative integer that fits a long. */
    private static long sequence(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            parser.skipChildren();
            return -1;
        }
        try {
            return parser.getLongValue();
        } catch (InputCoercionException tooLarge) {
            return -1;
        }
    }

    /** A year is an integer that fits an int, as the tree's {@code isInt()}; null is none. */
    private static void presidency(JsonParser parser, JsonToken value, Attributes attributes) throws IOException {
        boolean year = value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT;
        attributes.presidency = year ? Integer.valueOf(parser.getIntValue()) : null;
        attributes.presidencyNotAYear = !year && value != JsonToken.VALUE_NULL;
        parser.skipChildren();
    }

    private record Text(String value, boolean isString) {
        static final Text NOT_A_STRING = new Text(null, false);
    }

    /** The envelope's attributes as read; a repeated one counts as it came last. */
    private static final class Attributes {
        private Text specVersion;
        private Text id;
        private Text source;
        private Text type;
        private Text subject;
        private Text time;
        private Text aggregateType;
        private Text effectiveDate;
        private Text actor;
        private Text correlationId;
        private Text actorRef;
        private Text hash;
        private Text prevHash;
        private long sequence = -1;
        private Integer presidency;
        private boolean presidencyNotAYear;
        private int dataStart = -2;
        private int dataEnd;

        private EventEnvelope envelope(byte[] record) {
            String version = required(specVersion, "specversion");
            if (!EventEnvelope.SPEC_VERSION.equals(version)) {
                throw new InvalidEnvelopeException("unsupported CloudEvents specversion '" + version + "'");
            }
            if (sequence < 0) {
                throw new InvalidEnvelopeException("attribute 'sequence' must be a non-negative integer");
            }
            if (presidencyNotAYear) {
                throw new InvalidEnvelopeException("attribute 'presidency' must be a year");
            }
            if (dataStart < 0) {
                throw new InvalidEnvelopeException("attribute 'data' must be a JSON object");
            }
            return new EventEnvelope(
                    required(id, "id"),
                    required(source, "source"),
                    required(type, "type"),
                    required(subject, "subject"),
                    parseTime(required(time, "time")),
                    required(aggregateType, "aggregatetype"),
                    sequence,
                    presidency,
                    parseDate(optional(effectiveDate, "effectivedate")),
                    optional(actor, "actor"),
                    optional(correlationId, "correlationid"),
                    new String(record, dataStart, dataEnd - dataStart, StandardCharsets.UTF_8),
                    optional(actorRef, "actorref"),
                    optional(hash, "hash"),
                    optional(prevHash, "prevhash"));
        }
    }

    private static String required(Text text, String name) {
        if (text == null || !text.isString() || text.value().isBlank()) {
            throw new InvalidEnvelopeException("attribute '" + name + "' is missing or not a string");
        }
        return text.value();
    }

    private static String optional(Text text, String name) {
        if (text == null) {
            return null;
        }
        if (!text.isString()) {
            throw new InvalidEnvelopeException("attribute '" + name + "' is not a string");
        }
        return text.value();
    }

    private static Instant parseTime(String time) {
        try {
            Instant usual = UsualForms.instant(time);
            return usual != null ? usual : OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidEnvelopeException("attribute 'time' is not an RFC 3339 timestamp: " + time);
        }
    }

    private static LocalDate parseDate(String date) {
        if (date == null) {
            return null;
        }
        try {
            LocalDate usual = UsualForms.date(date);
            return usual != null ? usual : LocalDate.parse(date);
        } catch (DateTimeException e) {
            throw new InvalidEnvelopeException("attribute 'effectivedate' is not an ISO-8601 date: " + date);
        }
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
    }
}
