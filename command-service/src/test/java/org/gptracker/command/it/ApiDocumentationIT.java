package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gptracker.command.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document served at /v3/api-docs documents every operation completely: an endpoint added
 * without its summary, examples or error responses fails here.
 */
class ApiDocumentationIT extends CommandServiceTestBase {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Pattern THROWN_CODE = Pattern.compile("CommandRefusedException\\(\\s*Refusal\\.([A-Z_]+)|\"code\",\\s*\"([A-Z_]+)\"");

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
        assertThat(api.path("paths").size()).as("documented paths").isGreaterThanOrEqualTo(18);
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
            if (operation.has("requestBody") || !operation.path("parameters").isEmpty()) {
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
    void everyCommandDocumentsItsRefusalsItsIdempotencyAndTheBodyLimit() {
        assertThat(violations((name, operation) -> {
            if (!name.startsWith("POST /api/") || name.startsWith("POST /api/imports")) {
                return;
            }
            requireStatuses(name, operation, "413", "422");
            JsonNode codes = operation.at("/responses/409/x-refusal-codes");
            if (operation.at("/responses").has("409") && (!codes.isArray() || codes.isEmpty())) {
                report.add(name + ": 409 names no refusal code");
            }
            codes.forEach(code -> {
                if (!operation.at("/responses/409/content/application~1problem+json/examples").has(code.asText())) {
                    report.add(name + ": refusal code " + code.asText() + " without an example");
                }
            });
            List<String> headers = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> headers.add(parameter.path("name").asText()));
            if (!headers.containsAll(List.of("Idempotency-Key", "X-Correlation-Id"))) {
                report.add(name + ": Idempotency-Key or X-Correlation-Id not documented");
            }
        })).isEmpty();
    }

    @Test
    void everyOperationOnAnIdentifiedThingDocuments404() {
        assertThat(violations((name, operation) -> {
            if (name.contains("{")) {
                requireStatuses(name, operation, "404");
            }
        })).isEmpty();
    }

    @Test
    void everyDocumentedRefusalCodeIsThrownAndEveryThrownCodeIsARefusal() throws IOException {
        Set<String> thrown = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = THROWN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    thrown.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        violations((name, operation) -> operation.at("/responses/409/x-refusal-codes").forEach(code -> documented.add(code.asText())));

        assertThat(thrown).as("codes thrown in src/main/java").hasSizeGreaterThan(30);
        // a code the request checks make unreachable (TITLE_REQUIRED behind a 400) is thrown but documented nowhere
        assertThat(thrown).as("codes thrown in src/main/java").containsAll(documented);
        Set<String> listed = Arrays.stream(Refusal.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("codes listed in Refusal").isEqualTo(thrown);
    }

    @Test
    void theDocumentNamesItsServersAndDescribesItsTags() {
        assertThat(api.path("servers")).isNotEmpty();
        assertThat(api.at("/info/description").asText()).contains("problem+json", "Idempotency-Key");
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
