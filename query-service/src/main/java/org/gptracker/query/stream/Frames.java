package org.gptracker.query.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** The stream's text (server-sent events), each frame made once and sent as is to every client it is for. */
final class Frames {

    static final String EVENT_NAME = "gp-event";
    static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper json;

    Frames(ObjectMapper json) {
        this.json = json;
    }

    static byte[] retry(Duration retry) {
        return ("retry: " + retry.toMillis() + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One event; compact JSON holds no line break, so it fits one {@code data:} line. */
    byte[] event(StreamEvent event) {
        try {
            return ("id: " + event.position() + "\nevent: " + EVENT_NAME + "\ndata: " + json.writeValueAsString(Message.of(event))
                    + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event.eventId() + " as JSON", e);
        }
    }

    /** The {@code data} of an event (field names are part of the contract, DESIGN §4). */
    record Message(String eventId, String type, String aggregateType, String aggregateId, long sequence, String projectId,
                   Integer presidency, String status, LocalDate effectiveDate, Instant recordedAt, String correlationId) {

        static Message of(StreamEvent event) {
            return new Message(event.eventId(), event.type(), event.aggregateType(), event.aggregateId(), event.sequence(), event.projectId(),
                    event.presidency(), event.status(), event.effectiveDate(), event.recordedAt(), event.correlationId());
        }
    }
}
