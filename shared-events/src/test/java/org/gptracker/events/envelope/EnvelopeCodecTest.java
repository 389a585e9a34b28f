package org.gptracker.events.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import org.gptracker.events.EventCatalog;
import org.gptracker.events.EventJson;
import org.gptracker.events.GpEvent;
import org.gptracker.events.SampleEvents;
import org.gptracker.events.chain.CanonicalJson;
import org.gptracker.events.project.ProjectProposed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeCodecTest {

    private final EnvelopeCodec codec = EnvelopeCodec.standard();
    private final ObjectMapper json = EventJson.newMapper();

    static List<GpEvent> everyEventType() {
        return SampleEvents.oneOfEach();
    }

    private static Provenance provenance(long sequence) {
        return new Provenance("3f1c2d4e-0000-4000-8000-000000000001", "urn:gp-tracker:command-service",
                "7d0f1f5e-3a55-4b8a-9d55-0f3f0b7a4a11", sequence, Instant.parse("2023-03-14T09:30:00.123Z"),
                "alice", "corr-1");
    }

    @Test
    void everyCatalogTypeHasASample() {
        assertThat(everyEventType().stream().map(e -> EventCatalog.standard().of(e.getClass()).wireType()))
                .containsExactlyInAnyOrderElementsOf(
                        EventCatalog.standard().entries().stream().map(EventCatalog.Entry::wireType).toList());
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void everyEventTypeRoundTripsThroughTheEnvelope(GpEvent event) {
        EventEnvelope envelope = codec.wrap(event, provenance(4));

        EventEnvelope decoded = codec.decode(codec.encode(envelope));

        assertThat(decoded).isEqualTo(envelope);
        assertThat(codec.payload(decoded)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void theEnvelopeIsACloudEventWithTheContractsExtensionAttributes(GpEvent event) {
        byte[] bytes = codec.encode(codec.wrap(event, provenance(4)));

        EventFormat format = new JsonFormat();
        CloudEvent cloudEvent = format.deserialize(bytes);

        assertThat(cloudEvent.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(cloudEvent.getType()).isEqualTo(EventCatalog.standard().of(event.getClass()).wireType())
                .matches("gp\\.[a-z]+\\.[A-Za-z]+\\.v\\d+").doesNotContain("org.gptracker");
        assertThat(cloudEvent.getSubject()).isEqualTo("7d0f1f5e-3a55-4b8a-9d55-0f3f0b7a4a11");
        assertThat(cloudEvent.getTime().toInstant()).isEqualTo(Instant.parse("2023-03-14T09:30:00.123Z"));
        assertThat(cloudEvent.getDataContentType()).isEqualTo("application/json");
        assertThat(cloudEvent.getExtension("sequence")).isEqualTo(4);
        assertThat(cloudEvent.getExtension("presidency")).isEqualTo(event.presidencyYear());
        assertThat(cloudEvent.getExtension("effectivedate")).isEqualTo(event.effectiveDate().toString());
        assertThat(cloudEvent.getExtension("actor")).isEqualTo("alice");
        assertThat(cloudEvent.getExtension("correlationid")).isEqualTo("corr-1");
        assertThat(cloudEvent.getExtension("aggregatetype")).isEqualTo(EventCatalog.standard().of(event.getClass()).aggregateType());
    }

    @Test
    void moneyTravelsAsADecimalStringNeverAFloat() throws Exception {
        JsonNode data = json.readTree(codec.encode(codec.wrap(SampleEvents.oneOfEach().get(0), provenance(0)))).get("data");

        assertThat(data.get("requestedBudget").get("amount").isTextual()).isTrue();
        assertThat(data.get("requestedBudget").get("amount").asText()).isEqualTo("2500000.00");
    }

    @Test
    void aRecordThatIsNotJsonIsRefusedWithAReason() {
        assertThatThrownBy(() -> codec.decode("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageStartingWith("not JSON");
    }

    @Test
    void anEnvelopeWithoutASequenceIsRefused() throws Exception {
        ObjectNode envelope = encodedSample();
        envelope.remove("sequence");

        assertThatThrownBy(() -> codec.decode(json.writeValueAsBytes(envelope)))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageContaining("sequence");
    }

    @Test
    void anUnknownTypeIsRefusedWhenItsPayloadIsRead() throws Exception {
        ObjectNode envelope = encodedSample();
        envelope.put("type", "gp.project.ProjectTeleported.v1");

        EventEnvelope decoded = codec.decode(json.writeValueAsBytes(envelope));

        assertThatThrownBy(() -> codec.payload(decoded))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageContaining("unknown event type");
    }

    @Test
    void dataThatBreaksTheValueRulesIsRefused() throws Exception {
        ObjectNode envelope = encodedSample();
        ((ObjectNode) envelope.get("data")).putArray("recipients").add("XX");

        EventEnvelope decoded = codec.decode(json.writeValueAsBytes(envelope));

        assertThatThrownBy(() -> codec.payload(decoded))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageContaining("XX");
    }

    @Test
    void dataMissingARequiredFieldIsRefused() throws Exception {
        ObjectNode envelope = encodedSample();
        ((ObjectNode) envelope.get("data")).remove("title");

        EventEnvelope decoded = codec.decode(json.writeValueAsBytes(envelope));

        assertThatThrownBy(() -> codec.payload(decoded))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageEndingWith("'title' is required");
    }

    @Test
    void fieldsAddedByANewerWriterAreIgnored() throws Exception {
        ObjectNode envelope = encodedSample();
        ((ObjectNode) envelope.get("data")).put("someFutureField", "x");
        envelope.put("someextension", "y");

        EventEnvelope decoded = codec.decode(json.writeValueAsBytes(envelope));

        assertThat(codec.payload(decoded)).isEqualTo(SampleEvents.oneOfEach().get(0));
    }

    private ObjectNode encodedSample() throws Exception {
        return (ObjectNode) json.readTree(codec.encode(codec.wrap(SampleEvents.oneOfEach().get(0), provenance(0))));
    }


    @Test
    void anEventOutsideEveryPresidencyHasNoPresidencyAttribute() throws Exception {
        ProjectProposed inNoPresidency = withoutPresidency((ProjectProposed) SampleEvents.oneOfEach().get(0));
        byte[] bytes = codec.encode(codec.wrap(inNoPresidency, provenance(0)));

        assertThat(json.readTree(bytes).has("presidency")).isFalse();
        assertThat(codec.decode(bytes).presidency()).isNull();
        assertThat(new JsonFormat().deserialize(bytes).getExtension("presidency")).isNull();
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void aStoredPayloadTravelsAsItIsInAnEnvelopeWithItsEventsAttributes(GpEvent event) throws Exception {
        byte[] stored = CanonicalJson.of(json.writeValueAsBytes(event));
        String wireType = EventCatalog.standard().of(event.getClass()).wireType();

        EventEnvelope envelope = codec.wrapStored(wireType, stored, provenance(4));
        EventEnvelope decoded = codec.decode(codec.encode(envelope));

        assertThat(envelope).usingRecursiveComparison().ignoringFields("data").isEqualTo(codec.wrap(event, provenance(4)));
        assertThat(decoded.data().getBytes(StandardCharsets.UTF_8)).isEqualTo(stored);
        assertThat(codec.payload(decoded)).isEqualTo(event);
    }

    @Test
    void aStoredPayloadInNoPresidencyHasNoPresidencyAttribute() throws Exception {
        ProjectProposed inNoPresidency = withoutPresidency((ProjectProposed) SampleEvents.oneOfEach().get(0));

        EventEnvelope envelope = codec.wrapStored("gp.project.ProjectProposed.v1",
                CanonicalJson.of(json.writeValueAsBytes(inNoPresidency)), provenance(0));

        assertThat(envelope.presidency()).isNull();
        assertThat(envelope.effectiveDate()).isEqualTo(inNoPresidency.effectiveDate());
    }

    @Test
    void aStoredPayloadOfATypeOutsideTheContractOrNoJsonObjectIsRefused() {
        assertThatThrownBy(() -> codec.wrapStored("gp.project.Unknown.v1", "{}".getBytes(StandardCharsets.UTF_8), provenance(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not part of the published contract");
        assertThatThrownBy(() -> codec.wrapStored("gp.project.ProjectProposed.v1", "[1]".getBytes(StandardCharsets.UTF_8),
                provenance(0))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no JSON object");
    }

    private static ProjectProposed withoutPresidency(ProjectProposed e) {
        return new ProjectProposed(e.projectId(), e.title(), e.description(), e.recipients(), e.area(), e.priorities(),
                e.requestedBudget(), e.expertiseNeeded(), e.effectiveDate(), null);
    }
}
