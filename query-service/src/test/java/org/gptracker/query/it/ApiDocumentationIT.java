package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gptracker.events.EventCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document served at /v3/api-docs documents every operation completely: an endpoint added
 * without its summary, examples or error responses fails here.
 */
class ApiDocumentationIT extends QueryServiceTestBase {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    /** The replay feed answers an empty page for a year without events: it has nothing to be not found. */
    private static final Set<String> NEVER_NOT_FOUND = Set.of("GET /api/presidencies/{year}/events");

    private JsonNode api;
    private final List<String> report = new ArrayList<>();

    @BeforeEach
    void loadTheDocument() throws Exception {
        api = new ObjectMapper().readTree(http.getForEntity("/v3/api-docs", String.class).getBody());
    }

    @Test
    void everyOperationHasASummaryAndATag() {
        assertThat(violations((name, operation) -> {
            if (operation.path("summary").asText().isBlank()) {
                report.add(name + ": no summary");
            }
            if (operation.path("tags").isEmpty()) {
                report.add(name + ": no tag");
            }
        })).isEmpty();
        assertThat(api.path("paths").size()).as("documented paths").isGreaterThanOrEqualTo(14);
    }

    @Test
    void everyOperationNeedingATokenDocuments401And403WithTheBearerScheme() {
        assertThat(api.at("/components/securitySchemes/bearer-jwt/scheme").asText()).isEqualTo("bearer");
        assertThat(api.at("/security/0/bearer-jwt").isArray()).isTrue();
        assertThat(violations((name, operation) -> {
            boolean open = operation.has("security") && operation.get("security").isEmpty();
            if (!open) {
                requireStatuses(name, operation, "401", "403");
            }
        })).isEmpty();
    }

    @Test
    void everyOperationDocumentsTheProblemsAnyCallMayMeet() {
        assertThat(violations((name, operation) -> {
            requireStatuses(name, operation, "500");
            if (!operation.path("parameters").isEmpty()) {
                requireStatuses(name, operation, "400");
            }
            boolean open = operation.has("security") && operation.get("security").isEmpty();
            if (!open) {
                requireStatuses(name, operation, "503");
            }
            if (operation.at("/responses/503").isObject() && !operation.at("/responses/503/headers/Retry-After").isObject()) {
                report.add(name + ": 503 without Retry-After");
            }
        })).isEmpty();
    }

    @Test
    void everyErrorResponseIsAProblemWithAnExample() {
        assertThat(violations((name, operation) -> operation.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().compareTo("400") < 0) {
                return;
            }
            JsonNode problem = response.getValue().at("/content/application~1problem+json");
            if (!PROBLEM_SCHEMA.equals(problem.at("/schema/$ref").asText())) {
                report.add(name + " " + response.getKey() + ": not the Problem schema");
            }
            if (problem.path("examples").isEmpty()) {
                report.add(name + " " + response.getKey() + ": no example");
            }
            problem.path("examples").forEach(example -> {
                if (!resolve(example).has("value")) {
                    report.add(name + " " + response.getKey() + ": example " + example + " resolves to nothing");
                }
            });
            if (response.getValue().path("content").size() != 1) {
                report.add(name + " " + response.getKey() + ": other content than application/problem+json");
            }
        }))).isEmpty();
    }

    @Test
    void theValidationExampleNamesEveryBadField() {
        JsonNode validation = api.at("/components/examples/validation/value");

        assertThat(validation.path("type").asText()).isEqualTo("https://gp-tracker.org/problems/validation");
        assertThat(validation.path("errors")).isNotEmpty().allSatisfy(error -> assertThat(error.has("field") && error.has("message")).isTrue());
        assertThat(api.at("/components/schemas/Problem/properties/errors/items/$ref").asText()).isEqualTo("#/components/schemas/FieldError");
    }

    @Test
    void everyRequestBodyAndEverySuccessfulAnswerHasAnExample() {
        assertThat(violations((name, operation) -> {
            operation.at("/requestBody/content").fields().forEachRemaining(media -> {
                if (!hasExample(media.getValue())) {
                    report.add(name + ": request " + media.getKey() + " without an example");
                }
            });
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fields().forEachRemaining(media -> {
                        if (!hasExample(media.getValue())) {
                            report.add(name + " " + response.getKey() + ": " + media.getKey() + " without an example");
                        }
                    });
                }
            });
        })).isEmpty();
    }

    @Test
    void everyJsonExampleUsesOnlyTheFieldsOfItsSchema() {
        assertThat(violations((name, operation) -> {
            List<JsonNode> bodies = new ArrayList<>(operation.findParents("examples"));
            bodies.removeIf(media -> !media.has("schema"));
            bodies.forEach(media -> media.path("examples").forEach(example ->
                    checkFields(name, resolve(media.get("schema")), resolve(example).path("value"))));
        })).isEmpty();
    }

    @Test
    void everyOperationOnAnIdentifiedThingDocuments404() {
        assertThat(violations((name, operation) -> {
            if (name.contains("{") && !NEVER_NOT_FOUND.contains(name)) {
                requireStatuses(name, operation, "404");
            }
        })).isEmpty();
    }

    @Test
    void theLiveStreamIsDocumentedAsItsContractSays() {
        JsonNode stream = api.at("/paths/~1api~1stream/get");
        List<String> parameters = new ArrayList<>();
        stream.path("parameters").forEach(parameter -> parameters.add(parameter.path("in").asText() + " " + parameter.path("name").asText()));

        assertThat(parameters).contains("query presidency", "query project", "header Last-Event-ID", "query lastEventId");
        JsonNode events = stream.at("/responses/200/content/text~1event-stream");
        assertThat(events.path("examples").toString()).contains("retry: 3000", "event: gp-event", "id: ", "data: {", ": heartbeat");
        assertThat(events.at("/x-data-schema/$ref").asText()).isEqualTo("#/components/schemas/StreamEvent");
        assertThat(names(api.at("/components/schemas/StreamEvent/properties"))).containsExactlyInAnyOrder("eventId", "type",
                "aggregateType", "aggregateId", "sequence", "projectId", "presidency", "status", "effectiveDate", "recordedAt", "correlationId");
        assertThat(stream.path("responses").has("400")).isTrue();
    }

    @Test
    void theLiveStreamExampleCarriesOnlyFieldsOfAStreamEvent() throws Exception {
        String frames = api.at("/paths/~1api~1stream/get/responses/200/content/text~1event-stream/examples/funded/value").asText();
        List<String> data = frames.lines().filter(line -> line.startsWith("data: ")).map(line -> line.substring(6)).toList();

        assertThat(data).isNotEmpty();
        for (String line : data) {
            checkFields("GET /api/stream", api.at("/components/schemas/StreamEvent"), new ObjectMapper().readTree(line));
        }
        assertThat(report).isEmpty();
    }

    @Test
    void aRebuildIsAcceptedOrRefusedWhileOneRuns() {
        assertThat(api.at("/paths/~1admin~1rebuild/post/responses").has("202")).isTrue();
        assertThat(api.at("/paths/~1admin~1rebuild/post/responses/409/content/application~1problem+json/examples").toString())
                .contains("rebuild-running");
    }

    @Test
    void theAsyncApiDocumentIsServedWithoutAToken() {
        HttpHeaders anonymous = new HttpHeaders();
        anonymous.set(WITHOUT_TOKEN, "true");

        ResponseEntity<String> response = http.exchange("/asyncapi.yaml", HttpMethod.GET, new HttpEntity<>(anonymous), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).hasToString("application/yaml");
        assertThat(response.getBody()).startsWith("#").contains("asyncapi: 3.0.0", "address: gp.events", "address: gp.events.DLT");
        EventCatalog.standard().entries().forEach(entry -> assertThat(response.getBody()).contains("name: " + entry.wireType()));
        assertThat(api.at("/paths/~1asyncapi.yaml/get/security")).isEmpty();
    }

    @Test
    void theListsAndTheExportsFiltersArePlainQueryParametersEachDescribed() {
        assertThat(describedQueryParameters("/api/projects")).containsExactly("status", "presidency", "area", "donor",
                "recipient", "priority", "asOf", "page", "size");
        assertThat(describedQueryParameters("/api/projects/export.csv")).containsExactly("status", "presidency", "area",
                "donor", "recipient", "priority", "asOf", "bom");
        assertThat(describedQueryParameters("/api/projects/export.iati.xml")).containsExactly("status", "presidency", "area",
                "donor", "recipient", "priority", "asOf");
    }

    private List<String> describedQueryParameters(String path) {
        List<String> names = new ArrayList<>();
        api.path("paths").path(path).path("get").path("parameters").forEach(parameter -> {
            if ("query".equals(parameter.path("in").asText()) && !parameter.path("description").asText().isBlank()) {
                names.add(parameter.path("name").asText());
            }
        });
        return names;
    }

    @Test
    void theDocumentNamesItsServersAndDescribesItsTags() {
        assertThat(api.path("servers")).isNotEmpty();
        assertThat(api.at("/info/description").asText()).contains("problem+json", "asOf", "/asyncapi.yaml");
        Set<String> described = new TreeSet<>();
        api.path("tags").forEach(tag -> {
            if (!tag.path("description").asText().isBlank()) {
                described.add(tag.path("name").asText());
            }
        });
        Set<String> used = new TreeSet<>();
        violations((name, operation) -> operation.path("tags").forEach(tag -> used.add(tag.asText())));
        assertThat(described).containsAll(used);
    }

    /** Runs the check over every operation ("POST /api/projects") and answers what it reported. */
    private List<String> violations(BiConsumer<String, JsonNode> check) {
        report.clear();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue())));
        return List.copyOf(report);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void requireStatuses(String name, JsonNode operation, String... statuses) {
        for (String status : statuses) {
            if (!operation.path("responses").has(status)) {
                report.add(name + ": no " + status);
            }
        }
    }

    /** Every field of an example object is a property of its schema, down through objects and arrays. */
    private void checkFields(String name, JsonNode schema, JsonNode value) {
        if (value.isObject() && schema.has("properties")) {
            value.fields().forEachRemaining(field -> {
                JsonNode property = schema.path("properties").path(field.getKey());
                if (property.isMissingNode()) {
                    report.add(name + ": example field '" + field.getKey() + "' is not in the schema");
                } else {
                    checkFields(name, resolve(property), field.getValue());
                }
            });
        } else if (value.isArray() && schema.has("items")) {
            value.forEach(item -> checkFields(name, resolve(schema.get("items")), item));
        }
    }

    private boolean hasExample(JsonNode media) {
        if (media.has("example") || !media.at("/schema/example").isMissingNode()) {
            return true;
        }
        for (JsonNode example : media.path("examples")) {
            if (resolve(example).has("value")) {
                return true;
            }
        }
        return false;
    }

    private JsonNode resolve(JsonNode maybeReference) {
        return maybeReference.has("$ref") ? api.at(maybeReference.get("$ref").asText().substring(1)) : maybeReference;
    }
}
