package org.gptracker.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Over the whole document: every operation documents the problems any call may meet (400 when it takes
 * input; 401, 403 and 503 when it needs a token; 500), and every error response, whoever declared it, is
 * problem+json with the {@code Problem} schema and an example. The service's own additions to the
 * document ({@link ApiDocs#document()}) are made first, so they are completed too.
 */
class CommonResponses implements OpenApiCustomizer {

    private final ApiDocs docs;

    CommonResponses(ApiDocs docs) {
        this.docs = docs;
    }

    @Override
    public void customise(OpenAPI api) {
        // added here, not with the OpenAPI bean: springdoc drops schemas no operation refers to before this runs
        docs.problems().addTo(api.getComponents());
        docs.document().customise(api);
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(this::complete));
        }
        // springdoc's model of Spring's ProblemDetail, named by controllers' annotations, is replaced by Problem
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().remove("ProblemDetail");
        }
    }

    private void complete(Operation operation) {
        ProblemCatalogue problems = docs.problems();
        ApiResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        if (secured) {
            responses.putIfAbsent("401", ProblemDocs.response(problems.description("401"), "unauthorized"));
            responses.get("401").addHeaderObject("WWW-Authenticate", new Header().$ref("#/components/headers/WWW-Authenticate"));
            responses.putIfAbsent("403", ProblemDocs.response(problems.description("403"), "forbidden"));
        }
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent("400", ProblemDocs.response("Invalid input, every bad field named in errors; or a body "
                    + "that is not JSON", "validation", "malformed-request"));
        } else if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            responses.putIfAbsent("400", ProblemDocs.response("Invalid parameters, each named in errors", "validation"));
        }
        responses.putIfAbsent("500", ProblemDocs.response(problems.description("500"), "internal"));
        if (secured) {
            responses.putIfAbsent("503", ProblemDocs.response(problems.description("503"), "unavailable"));
        }
        if (responses.containsKey("503")) {
            responses.get("503").addHeaderObject(ProblemDocs.RETRY_AFTER, new Header().$ref("#/components/headers/" + ProblemDocs.RETRY_AFTER));
        }
        responses.forEach(this::asProblem);
    }

    /** An error response's content is the Problem schema, whatever its declaration said. */
    private void asProblem(String status, ApiResponse response) {
        if (!status.startsWith("4") && !status.startsWith("5")) {
            return;
        }
        String[] shown = docs.problems().shownFor(status);
        MediaType media = response.getContent() == null ? null : response.getContent().get(ProblemDocs.PROBLEM_JSON);
        if (media == null) {
            response.setContent(ProblemDocs.response(response.getDescription(), shown).getContent());
            return;
        }
        media.setSchema(new Schema<>().$ref(ProblemDocs.SCHEMA_REF));
        if ((media.getExamples() == null || media.getExamples().isEmpty()) && media.getExample() == null) {
            for (String name : shown) {
                media.addExamples(name, new Example().$ref("#/components/examples/" + name));
            }
        }
    }
}
