package org.gptracker.events.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.gptracker.events.EventCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document (gp/asyncapi.yaml) describes exactly the contract: one message per type of the
 * catalog, each carrying the shipped JSON Schema of its data, and examples the codec reads.
 */
class AsyncApiDocumentTest {

    private static final String DEAD_LETTER = "deadLetter";
    /** Keys of a JSON Schema file that locate it but are no part of what it allows. */
    private static final Set<String> LOCATORS = Set.of("$schema", "$id", "$defs");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final ObjectMapper json = new ObjectMapper();
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final JsonNode document = read(yaml, "/gp/asyncapi.yaml");

    @Test
    void itIsAnAsyncApi3DocumentOfTheEventTopicAndItsDeadLetters() {
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.at("/channels/events/address").asText()).isEqualTo("gp.events");
        assertThat(document.at("/channels/deadLetters/address").asText()).isEqualTo("gp.events.DLT");
        assertThat(document.at("/channels/deadLetters/messages/deadLetter/$ref").asText())
                .isEqualTo("#/components/messages/deadLetter");
        assertThat(document.at("/components/messages/deadLetter/headers/required/0").asText()).isEqualTo("gp-dlt-reason");
    }

    @Test
    void everyTypeOfTheCatalogIsAMessageOfTheEventTopicAndNoOtherIs() {
        Set<String> catalog = wireTypes();
        Set<String> messages = names(document.at("/components/messages"));
        messages.remove(DEAD_LETTER);

        assertThat(messages).isEqualTo(catalog);
        assertThat(names(document.at("/channels/events/messages"))).isEqualTo(catalog);
        catalog.forEach(type -> assertThat(document.at("/channels/events/messages").path(type).path("$ref").asText())
                .isEqualTo("#/components/messages/" + type));
    }

    @Test
    void everyMessageNamesItsTypeAndAggregateAndCarriesItsDataSchema() {
        for (EventCatalog.Entry entry : EventCatalog.standard().entries()) {
            JsonNode payload = message(entry.wireType()).path("payload");

            assertThat(payload.at("/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/CloudEventsEnvelope");
            JsonNode properties = payload.at("/allOf/1/properties");
            assertThat(properties.at("/type/const").asText()).as(entry.wireType()).isEqualTo(entry.wireType());
            assertThat(properties.at("/aggregatetype/const").asText()).as(entry.wireType()).isEqualTo(entry.aggregateType());
            assertThat(properties.at("/data/$ref").asText()).isEqualTo("#/components/schemas/" + entry.wireType());
        }
    }

    @Test
    void everyDataSchemaIsTheShippedJsonSchema() {
        for (String type : wireTypes()) {
            JsonNode shipped = read(json, "/gp/schemas/" + type + ".schema.json");

            assertThat(resolved(document, document.at("/components/schemas").path(type)))
                    .as("components.schemas.%s against gp/schemas/%s.schema.json", type, type)
                    .isEqualTo(resolved(shipped, shipped));
        }
    }

    @Test
    void theEnvelopeSchemaIsTheShippedOne() {
        JsonNode shipped = read(json, "/gp/schemas/envelope.v1.schema.json");

        assertThat(resolved(document, document.at("/components/schemas/CloudEventsEnvelope"))).isEqualTo(resolved(shipped, shipped));
    }

    @Test
    void everyShippedSchemaIsOfACatalogTypeOrTheEnvelope() throws IOException, URISyntaxException {
        Set<String> expected = new TreeSet<>(wireTypes());
        expected.add("envelope.v1");
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/gp/schemas").toURI()))) {
            Set<String> shipped = files.map(file -> file.getFileName().toString())
                    .map(name -> name.replace(".schema.json", "")).collect(Collectors.toCollection(TreeSet::new));

            assertThat(shipped).isEqualTo(expected);
        }
    }

    @Test
    void everyExampleIsAValidEnvelopeWhoseDataMatchesItsSchema() {
        for (String type : wireTypes()) {
            JsonNode examples = message(type).path("examples");
            assertThat(examples).as("examples of %s", type).isNotEmpty();
            for (JsonNode example : examples) {
                JsonNode envelope = example.path("payload");

                assertThat(schemas.getSchema(stream("/gp/schemas/envelope.v1.schema.json")).validate(envelope)).as(type).isEmpty();
                assertThat(schemas.getSchema(stream("/gp/schemas/" + type + ".schema.json")).validate(envelope.path("data"))).as(type).isEmpty();
                assertThat(envelope.path("type").asText()).isEqualTo(type);
            }
        }
    }

    @Test
    void theCodecReadsEveryExampleAsAnEventOfItsType() throws Exception {
        EnvelopeCodec codec = EnvelopeCodec.standard();
        for (EventCatalog.Entry entry : EventCatalog.standard().entries()) {
            for (JsonNode example : message(entry.wireType()).path("examples")) {
                EventEnvelope envelope = codec.decode(json.writeValueAsBytes(example.path("payload")));

                assertThat(codec.payload(envelope)).isInstanceOf(entry.eventClass());
                assertThat(envelope.aggregateType()).isEqualTo(entry.aggregateType());
            }
        }
    }

    private JsonNode message(String type) {
        return document.at("/components/messages").path(type);
    }

    private static Set<String> wireTypes() {
        return EventCatalog.standard().entries().stream().map(EventCatalog.Entry::wireType)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The schema with every local reference replaced by what it points at (within {@code root}), and without
     * the keys that only locate a schema file, so a schema in the document and a shipped file compare as
     * what they allow.
     */
    private static JsonNode resolved(JsonNode root, JsonNode schema) {
        if (schema.isObject()) {
            if (schema.has("$ref")) {
                return resolved(root, root.at(schema.get("$ref").asText().substring(1)));
            }
            ObjectNode copy = ((ObjectNode) schema).objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!LOCATORS.contains(field.getKey())) {
                    copy.set(field.getKey(), resolved(root, field.getValue()));
                }
            }
            return copy;
        }
        if (schema.isArray()) {
            ArrayNode copy = ((ArrayNode) schema).arrayNode();
            schema.forEach(item -> copy.add(resolved(root, item)));
            return copy;
        }
        return schema;
    }

    private InputStream stream(String resource) {
        InputStream in = getClass().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return in;
    }

    private JsonNode read(ObjectMapper mapper, String resource) {
        try (InputStream in = stream(resource)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
