package org.gptracker.query.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.Map;

/**
 * Over the whole document: every operation documents the problems any call may meet (400 when it takes
 * parameters; 401, 403 and 503 when it needs a token; 500), and every error response, whoever declared
 * it, is problem+json with the {@code Problem} schema and an example. The live stream's path is added
 * here too ({@link LiveStreamDocs}).
 */
class CommonResponses implements OpenApiCustomizer {

    /** The example shown for an error response that names none, by status. */
    private static final Map<String, String[]> DEFAULT_EXAMPLES = Map.of(
            "400", new String[]{"validation"},
            "401", new String[]{"unauthorized"},
            "403", new String[]{"forbidden"},
            "404", new String[]{"not-found"},
            "409", new String[]{"rebuild-running"},
            "500", new String[]{"internal"},
            "503", new String[]{"unavailable"});

    @Override
    public void customise(OpenAPI api) {
        // added here, not with the OpenAPI bean: springdoc drops schemas no operation refers to before this runs
        ProblemDocs.addTo(api.getComponents());
        LiveStreamDocs.addTo(api);
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(CommonResponses::complete));
        }
        // springdoc's model of Spring's ProblemDetail, named by controllers' annotations, is replaced by Problem
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().remove("ProblemDetail");
        }
    }

    static void complete(Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        if (secured) {
            responses.putIfAbsent("401", ProblemDocs.response("No bearer token, or an expired or badly signed one", "unauthorized"));
            responses.get("401").addHeaderObject("WWW-Authenticate", new Header().$ref("#/components/headers/WWW-Authenticate"));
            responses.putIfAbsent("403", ProblemDocs.response("The token's roles do not allow this call", "forbidden"));
        }
        if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            responses.putIfAbsent("400", ProblemDocs.response("Invalid parameters, each named in errors", "validation"));
        }
        responses.putIfAbsent("500", ProblemDocs.response("An unexpected failure", "internal"));
        if (secured) {
            responses.putIfAbsent("503", ProblemDocs.response("The read models cannot be reached; try again after "
                    + "Retry-After seconds", "unavailable"));
        }
        if (responses.containsKey("503")) {
            responses.get("503").addHeaderObject(ProblemDocs.RETRY_AFTER, new Header().$ref("#/components/headers/" + ProblemDocs.RETRY_AFTER));
        }
        responses.forEach(CommonResponses::asProblem);
    }

    /** An error response's content is the Problem schema, whatever its declaration said. */
    private static void asProblem(String status, ApiResponse response) {
        if (!status.startsWith("4") && !status.startsWith("5")) {
            return;
        }
        MediaType media = response.getContent() == null ? null : response.getContent().get(ProblemDocs.PROBLEM_JSON);
        if (media == null) {
            ApiResponse problem = ProblemDocs.response(response.getDescription(), DEFAULT_EXAMPLES.getOrDefault(status, new String[0]));
            response.setContent(problem.getContent());
            return;
        }
        media.setSchema(new Schema<>().$ref(ProblemDocs.SCHEMA_REF));
        if ((media.getExamples() == null || media.getExamples().isEmpty()) && media.getExample() == null) {
            for (String name : DEFAULT_EXAMPLES.getOrDefault(status, new String[0])) {
                media.addExamples(name, new Example().$ref("#/components/examples/" + name));
            }
        }
    }
}
