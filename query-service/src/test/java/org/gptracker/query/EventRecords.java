package org.gptracker.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.Provenance;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Records of {@code gp.events} as the command service publishes them, and a few it never should. */
public final class EventRecords {

    public static final EnvelopeCodec CODEC = EnvelopeCodec.standard();
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final LocalDate PROPOSED_ON = LocalDate.of(2025, 3, 14);
    public static final Instant RECORDED_AT = Instant.parse("2025-03-14T09:30:00Z");

    private EventRecords() {
    }

    public static ProjectProposed chornobylProposal(String projectId) {
        return new ProjectProposed(projectId, "Rebuild physical protection at the Chornobyl site",
                "Fences, sensors and a central alarm station", List.of(Country.of("UA")), CbrnArea.NUCLEAR,
                List.of("UKRAINE"), Money.of(new BigDecimal("2500000"), "EUR"), List.of("physical protection"),
                PROPOSED_ON, 2025);
    }

    public static EventEnvelope envelope(GpEvent event, String aggregateId, long sequence) {
        return CODEC.wrap(event, new Provenance(UUID.randomUUID().toString(), "urn:gp-tracker:command-service",
                aggregateId, sequence, RECORDED_AT, "anonymous", UUID.randomUUID().toString()));
    }

    /** A project's proposal at {@code sequence} of its stream, as record bytes. */
    public static byte[] proposed(String projectId, long sequence) {
        return CODEC.encode(envelope(chornobylProposal(projectId), projectId, sequence));
    }

    public static byte[] notJson() {
        return "this is { not JSON".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] ofUnknownType(String aggregateId) {
        EventEnvelope proposal = envelope(chornobylProposal(aggregateId), aggregateId, 0);
        return CODEC.encode(new EventEnvelope(proposal.id(), proposal.source(), "gp.project.ProjectTeleported.v1",
                proposal.subject(), proposal.time(), proposal.aggregateType(), proposal.sequence(), proposal.presidency(),
                proposal.effectiveDate(), proposal.actor(), proposal.correlationId(), proposal.data()));
    }

    /** A proposal whose data lacks its title. */
    public static byte[] proposedWithoutTitle(String projectId) {
        return withData(envelope(chornobylProposal(projectId), projectId, 0), data -> data.remove("title"));
    }

    /** The envelope with its data changed as {@code change} does. */
    public static byte[] withData(EventEnvelope envelope, Consumer<ObjectNode> change) {
        try {
            ObjectNode data = (ObjectNode) JSON.readTree(envelope.data());
            change.accept(data);
            return CODEC.encode(new EventEnvelope(envelope.id(), envelope.source(), envelope.type(), envelope.subject(),
                    envelope.time(), envelope.aggregateType(), envelope.sequence(), envelope.presidency(),
                    envelope.effectiveDate(), envelope.actor(), envelope.correlationId(), JSON.writeValueAsString(data)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event at {@code sequence} of its aggregate's stream, recorded at that time by that actor in that request. */
    public static EventEnvelope envelope(GpEvent event, String aggregateId, long sequence, Instant recordedAt,
                                         String actor, String correlationId) {
        return CODEC.wrap(event, new Provenance(UUID.randomUUID().toString(), "urn:gp-tracker:command-service",
                aggregateId, sequence, recordedAt, actor, correlationId));
    }
}
