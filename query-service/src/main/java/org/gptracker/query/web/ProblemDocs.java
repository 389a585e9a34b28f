package org.gptracker.query.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem+json part of the OpenAPI document: one {@code Problem} schema every error response
 * refers to, and named examples of each problem type this service answers with.
 */
final class ProblemDocs {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String SCHEMA_REF = "#/components/schemas/" + PROBLEM_SCHEMA;
    static final String RETRY_AFTER = "Retry-After";

    private ProblemDocs() {
    }

    static void addTo(Components components) {
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        components.addSchemas("FieldError", new ObjectSchema()
                .description("One invalid part of a request")
                .addProperty("field", new StringSchema().description("the parameter's name").example("asOf"))
                .addProperty("message", new StringSchema().example("'2023-13-01' is not an ISO-8601 date (YYYY-MM-DD)"))
                .required(List.of("field", "message")));
        components.addHeaders(RETRY_AFTER, new Header().description("Seconds to wait before trying again")
                .schema(new IntegerSchema().example(5)));
        components.addHeaders("WWW-Authenticate", new Header().description("Bearer, or Bearer error=\"invalid_token\"")
                .schema(new StringSchema().example("Bearer error=\"invalid_token\"")));
        EXAMPLES.forEach((name, example) -> components.addExamples(name, example));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An error, as RFC 9457 application/problem+json. Switch on 'type'; 'errors' names every "
                        + "invalid parameter. Never a stack trace.")
                .addProperty("type", new StringSchema().format("uri").description("https://gp-tracker.org/problems/<slug>: "
                                + "validation, unauthorized, forbidden, not-found, method-not-allowed, not-acceptable, rebuild-running, "
                                + "unavailable, internal")
                        .example("https://gp-tracker.org/problems/not-found"))
                .addProperty("title", new StringSchema().example("Not found"))
                .addProperty("status", new IntegerSchema().example(404))
                .addProperty("detail", new StringSchema().description("for a person; never parse it")
                        .example("No presidency of 2031 is known."))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().description("400 validation only: every invalid field")
                        .items(new Schema<>().$ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status", "detail"));
    }

    /** A problem response: the Problem schema with the named component examples. */
    static ApiResponse response(String description, String... exampleNames) {
        MediaType media = new MediaType().schema(new Schema<>().$ref(SCHEMA_REF));
        for (String name : exampleNames) {
            media.addExamples(name, new Example().$ref("#/components/examples/" + name));
        }
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    static Example example(String summary, String slug, String title, int status, String detail) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", Problems.TYPE_BASE + slug);
        value.put("title", title);
        value.put("status", status);
        value.put("detail", detail);
        return new Example().summary(summary).value(value);
    }

    private static final Map<String, Example> EXAMPLES = new LinkedHashMap<>();

    static {
        Example validation = example("Invalid parameters, each named", "validation", "Invalid request", 400,
                "The request has invalid parts: status, donor, size.");
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) validation.getValue();
        value.put("errors", List.of(
                Map.of("field", "status", "message", "'OPEN' is not one of PROPOSED, MATCHED, FUNDED, CLOSED"),
                Map.of("field", "donor", "message", "'JPN' is not an ISO 3166-1 alpha-2 country code in upper case (e.g. UA, JP)"),
                Map.of("field", "size", "message", "'500' is not an integer from 1 to 200")));
        EXAMPLES.put("validation", validation);
        EXAMPLES.put("unauthorized", example("No token, or an expired or badly signed one", "unauthorized", "Unauthorized", 401,
                "This needs a bearer token (Authorization: Bearer <JWT>)."));
        EXAMPLES.put("forbidden", example("Role not allowed", "forbidden", "Forbidden", 403,
                "Your token's roles do not allow GET /api/projects/5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81/history."));
        EXAMPLES.put("not-found", example("Not known (yet)", "not-found", "Not found", 404,
                "No project with id 5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81 is known. A project proposed a moment ago may take a moment to appear."));
        EXAMPLES.put("rebuild-running", example("A rebuild is running", "rebuild-running", "A rebuild is running", 409,
                "A rebuild of the read models is already running; GET /admin/rebuild shows its progress."));
        EXAMPLES.put("unavailable", example("The read models cannot be reached", "unavailable", "Service unavailable", 503,
                "The read models cannot be reached right now. Try again shortly."));
        EXAMPLES.put("internal", example("Something failed on the server", "internal", "Internal error", 500,
                "Something went wrong on our side."));
    }
}
