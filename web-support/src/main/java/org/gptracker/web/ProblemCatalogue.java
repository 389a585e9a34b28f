package org.gptracker.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a service's OpenAPI document says of its problems: the {@code Problem} schema with the types it
 * answers with, a named example of each, the examples an error response shows when its declaration names
 * none, and the wording of the responses every operation gets ({@link CommonResponses}).
 */
public final class ProblemCatalogue {

    private final String howToRead;
    private final List<String> types;
    private final Map<String, Example> examples = new LinkedHashMap<>();
    private final Map<String, String[]> shownByStatus = new HashMap<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private final Map<String, Schema<?>> properties = new LinkedHashMap<>();
    private String shownExample;
    private FieldError fieldExample = new FieldError("asOf", "'2023-13-01' is not an ISO-8601 date (YYYY-MM-DD)");
    private String fieldDescription = "the parameter's name";

    /**
     * @param howToRead what a client reads first, after "An error, as RFC 9457 application/problem+json."
     * @param types     the slugs of every problem type the service answers with
     */
    public ProblemCatalogue(String howToRead, String... types) {
        this.howToRead = howToRead;
        this.types = List.of(types);
        example("malformed-request", ProblemDocs.example("Not JSON", "malformed-request", "Malformed request", 400,
                "The request body is missing or is not valid JSON."));
        example("unauthorized", ProblemDocs.example("No token, or an expired or badly signed one", "unauthorized",
                "Unauthorized", 401, "This needs a bearer token (Authorization: Bearer <JWT>)."));
        describe("401", "No bearer token, or an expired or badly signed one");
        describe("403", "The token's roles do not allow this call");
        describe("500", "An unexpected failure");
        describe("503", "A dependency cannot be reached; try again after Retry-After seconds");
        shownWhenUnnamed("400", "validation");
        shownWhenUnnamed("401", "unauthorized");
        shownWhenUnnamed("403", "forbidden");
        shownWhenUnnamed("404", "not-found");
        shownWhenUnnamed("500", "internal");
        shownWhenUnnamed("503", "unavailable");
    }

    public ProblemCatalogue example(String name, Example example) {
        examples.put(name, example);
        return this;
    }

    /** The {@code validation} example, its detail worded as {@link Problems#validation} words it. */
    public ProblemCatalogue validationExample(String summary, FieldError... errors) {
        return example("validation", ProblemDocs.example(summary, Problems.validation(List.of(errors))));
    }

    /** The example whose values the Problem schema's properties show. */
    public ProblemCatalogue shownInTheSchema(String exampleName) {
        shownExample = exampleName;
        return this;
    }

    /** A property only some of this service's problems carry, such as a refusal's {@code code}. */
    public ProblemCatalogue property(String name, Schema<?> schema) {
        properties.put(name, schema);
        return this;
    }

    /** How a {@link FieldError}'s {@code field} names the bad part, with an example. */
    public ProblemCatalogue fieldsNamed(String description, FieldError example) {
        fieldDescription = description;
        fieldExample = example;
        return this;
    }

    /** The examples an error response of {@code status} shows when its declaration names none. */
    public ProblemCatalogue shownWhenUnnamed(String status, String... exampleNames) {
        shownByStatus.put(status, exampleNames);
        return this;
    }

    /** The description of the {@code status} response every operation (that needs a token) gets. */
    public ProblemCatalogue describe(String status, String description) {
        descriptions.put(status, description);
        return this;
    }

    String[] shownFor(String status) {
        return shownByStatus.getOrDefault(status, new String[0]);
    }

    String description(String status) {
        return descriptions.get(status);
    }

    void addTo(Components components) {
        components.addSchemas(ProblemDocs.PROBLEM_SCHEMA, problemSchema());
        components.addSchemas("FieldError", new ObjectSchema()
                .description("One invalid part of a request")
                .addProperty("field", new StringSchema().description(fieldDescription).example(fieldExample.field()))
                .addProperty("message", new StringSchema().example(fieldExample.message()))
                .required(List.of("field", "message")));
        components.addHeaders(ProblemDocs.RETRY_AFTER, new Header().description("Seconds to wait before trying again")
                .schema(new IntegerSchema().example(ProblemHandling.RETRY_AFTER_SECONDS)));
        components.addHeaders("WWW-Authenticate", new Header().description("Bearer, or Bearer error=\"invalid_token\"")
                .schema(new StringSchema().example("Bearer error=\"invalid_token\"")));
        examples.forEach(components::addExamples);
    }

    private Schema<?> problemSchema() {
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = shownExample == null ? Map.of() : (Map<String, Object>) examples.get(shownExample).getValue();
        ObjectSchema schema = new ObjectSchema();
        schema.description("An error, as RFC 9457 application/problem+json. " + howToRead)
                .addProperty("type", new StringSchema().format("uri").description(Problems.TYPE_BASE + "<slug>: "
                        + String.join(", ", types)).example(shown.get("type")))
                .addProperty("title", new StringSchema().example(shown.get("title")))
                .addProperty("status", new IntegerSchema().example(shown.get("status")))
                .addProperty("detail", new StringSchema().description("for a person; never parse it").example(shown.get("detail")))
                .addProperty("instance", new StringSchema().format("uri-reference"));
        properties.forEach(schema::addProperty);
        schema.addProperty("errors", new ArraySchema().description("400 validation only: every invalid field")
                        .items(new Schema<>().$ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status", "detail"));
        return schema;
    }
}
