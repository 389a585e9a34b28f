package org.gptracker.web;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.util.LinkedHashMap;
import java.util.Map;

/** Problem responses and examples for the OpenAPI document, written as {@link Problems} writes them on the wire. */
public final class ProblemDocs {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String SCHEMA_REF = "#/components/schemas/" + PROBLEM_SCHEMA;
    public static final String RETRY_AFTER = "Retry-After";

    private ProblemDocs() {
    }

    /** A problem response: the Problem schema with the named component examples. */
    public static ApiResponse response(String description, String... exampleNames) {
        MediaType media = new MediaType().schema(new Schema<>().$ref(SCHEMA_REF));
        for (String name : exampleNames) {
            media.addExamples(name, new Example().$ref("#/components/examples/" + name));
        }
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    public static Example example(String summary, String slug, String title, int status, String detail) {
        return example(summary, Problems.of(HttpStatusCode.valueOf(status), slug, title, detail));
    }

    /** The problem as a client receives it, extra properties ({@code code}, {@code errors}) included. */
    public static Example example(String summary, ProblemDetail problem) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", problem.getType().toString());
        value.put("title", problem.getTitle());
        value.put("status", problem.getStatus());
        value.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            value.putAll(problem.getProperties());
        }
        return new Example().summary(summary).value(value);
    }
}
