package org.gptracker.command.web;

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
                .addProperty("field", new StringSchema().description("the JSON path of the field (requestedBudget.amount, "
                        + "recipients[0]), or the parameter or header name").example("requestedBudget.amount"))
                .addProperty("message", new StringSchema().example("must be a decimal string such as \"1500000.00\", not a JSON number"))
                .required(List.of("field", "message")));
        components.addHeaders(RETRY_AFTER, new Header().description("Seconds to wait before trying again")
                .schema(new IntegerSchema().example(5)));
        components.addHeaders("WWW-Authenticate", new Header().description("Bearer, or Bearer error=\"invalid_token\"")
                .schema(new StringSchema().example("Bearer error=\"invalid_token\"")));
        EXAMPLES.forEach((name, example) -> components.addExamples(name, example));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An error, as RFC 9457 application/problem+json. Switch on 'type'; 'code' names a refusal, "
                        + "'errors' every invalid field. Never a stack trace.")
                .addProperty("type", new StringSchema().format("uri").description("https://gp-tracker.org/problems/<slug>: "
                                + "validation, malformed-request, unauthorized, forbidden, not-found, method-not-allowed, refused, "
                                + "payload-too-large, unsupported-media-type, idempotency-key-reused, unavailable, internal")
                        .example("https://gp-tracker.org/problems/refused"))
                .addProperty("title", new StringSchema().example("Command refused"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema().description("for a person; never parse it")
                        .example("This project is closed; nothing more can happen to it."))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("code", new StringSchema().description("409 refused only: a stable refusal code")
                        .example("PROJECT_CLOSED"))
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
        value.put("type", Problems.BASE + slug);
        value.put("title", title);
        value.put("status", status);
        value.put("detail", detail);
        return new Example().summary(summary).value(value);
    }

    private static final Map<String, Example> EXAMPLES = new LinkedHashMap<>();

    static {
        Example validation = example("Invalid fields, each named", "validation", "Invalid request", 400,
                "The request has invalid fields: title, recipients[0], requestedBudget.amount.");
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) validation.getValue();
        value.put("errors", List.of(
                Map.of("field", "title", "message", "is required"),
                Map.of("field", "recipients[0]", "message", "'XX' is not an ISO 3166-1 alpha-2 country code in upper case (e.g. UA, JP)"),
                Map.of("field", "requestedBudget.amount", "message", "must be a decimal string such as \"1500000.00\", not a JSON number")));
        EXAMPLES.put("validation", validation);
        EXAMPLES.put("malformed-request", example("Not JSON", "malformed-request", "Malformed request", 400,
                "The request body is missing or is not valid JSON."));
        EXAMPLES.put("unauthorized", example("No token, or an expired or badly signed one", "unauthorized", "Unauthorized", 401,
                "This needs a bearer token (Authorization: Bearer <JWT>)."));
        EXAMPLES.put("forbidden", example("Role or country not allowed", "forbidden", "Forbidden", 403,
                "Your token acts for JP; it cannot act as donor CA."));
        EXAMPLES.put("not-found", example("Nothing recorded under that id", "not-found", "Not found", 404,
                "Nothing is recorded under '5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81'."));
        EXAMPLES.put("payload-too-large", example("Body over the limit", "payload-too-large", "Request body too large", 413,
                "The request body is larger than 1048576 bytes."));
        EXAMPLES.put("unsupported-media-type", example("Neither text/csv nor application/xml", "unsupported-media-type",
                "Unsupported Media Type", 415, "Content-Type 'application/json' is not supported."));
        EXAMPLES.put("idempotency-key-reused", example("Same key, another request", "idempotency-key-reused",
                "Idempotency-Key reused", 422, "The Idempotency-Key 'chornobyl-2023-proposal' was already used for a different request; use a new key for a new request."));
        EXAMPLES.put("unavailable", example("The event store cannot be reached", "unavailable", "Service unavailable", 503,
                "The event store cannot be reached right now; nothing was stored. Try again shortly."));
        EXAMPLES.put("internal", example("Something failed on the server", "internal", "Internal error", 500,
                "Something went wrong on our side; nothing was stored."));
    }
}
