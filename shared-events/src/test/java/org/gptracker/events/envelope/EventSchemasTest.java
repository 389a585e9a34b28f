package org.gptracker.events.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.gptracker.events.EventCatalog;
import org.gptracker.events.EventJson;
import org.gptracker.events.GpEvent;
import org.gptracker.events.SampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON Schemas shipped for non-Java consumers describe exactly what the codec writes. */
class EventSchemasTest {

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final ObjectMapper json = EventJson.newMapper();
    private final EnvelopeCodec codec = EnvelopeCodec.standard();

    static List<GpEvent> everyEventType() {
        return SampleEvents.oneOfEach();
    }

    private JsonSchema schema(String name) {
        InputStream in = getClass().getResourceAsStream("/gp/schemas/" + name + ".schema.json");
        assertThat(in).as("schema file gp/schemas/%s.schema.json", name).isNotNull();
        return factory.getSchema(in);
    }

    private JsonNode encoded(GpEvent event) throws Exception {
        Provenance provenance = new Provenance("e-1", "urn:gp-tracker:command-service", "a-1", 0,
                Instant.parse("2024-01-01T00:00:00Z"), "alice", "c-1");
        return json.readTree(codec.encode(codec.wrap(event, provenance)));
    }

    @Test
    void everyCatalogTypeShipsASchema() {
        EventCatalog.standard().entries().forEach(entry -> schema(entry.wireType()));
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void everyEncodedEnvelopeAndItsDataMatchTheirSchemas(GpEvent event) throws Exception {
        JsonNode envelope = encoded(event);

        assertThat(schema("envelope.v1").validate(envelope)).isEmpty();
        assertThat(schema(envelope.get("type").asText()).validate(envelope.get("data"))).isEmpty();
    }

    @Test
    void theSchemaRejectsDataMissingARequiredField() throws Exception {
        JsonNode envelope = encoded(SampleEvents.oneOfEach().get(0));
        ((ObjectNode) envelope.get("data")).remove("requestedBudget");

        Set<ValidationMessage> errors = schema(envelope.get("type").asText()).validate(envelope.get("data"));

        assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("requestedBudget"));
    }
}
