package org.gptracker.command.web;

import org.gptracker.command.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Per handler: open endpoints, example bodies, and what a command sent through the dispatcher may answer. */
class CommandOperations implements OperationCustomizer {

    static final String REFUSAL_CODES = "x-refusal-codes";

    static void addRefusalExamplesTo(Components components) {
        for (Refusal refusal : Refusal.values()) {
            Example example = ProblemDocs.example(refusal.name(), "refused", "Command refused", 409, refusal.example());
            @SuppressWarnings("unchecked")
            Map<String, Object> value = (Map<String, Object>) example.getValue();
            value.put("code", refusal.name());
            components.addExamples(refusal.name(), example);
        }
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        SecurityRequirements open = handler.getMethodAnnotation(SecurityRequirements.class);
        if (open != null && open.value().length == 0) {
            operation.setSecurity(List.of());
        }
        for (RequestExample example : handler.getMethod().getAnnotationsByType(RequestExample.class)) {
            addRequestExample(operation, example);
        }
        for (ResponseExample example : handler.getMethod().getAnnotationsByType(ResponseExample.class)) {
            addResponseExample(operation.getResponses(), example);
        }
        Refusals refusals = handler.getMethodAnnotation(Refusals.class);
        if (refusals != null) {
            documentCommand(operation, refusals);
        }
        return operation;
    }

    private static void addRequestExample(Operation operation, RequestExample example) {
        if (operation.getRequestBody() == null) {
            operation.setRequestBody(new RequestBody().content(new Content()));
        }
        Content content = operation.getRequestBody().getContent();
        MediaType media = content.computeIfAbsent(example.mediaType(), type -> new MediaType());
        media.addExamples(example.name(), new Example().summary(example.summary()).value(value(example.mediaType(), example.value())));
    }

    private static void addResponseExample(ApiResponses responses, ResponseExample example) {
        ApiResponse response = responses.computeIfAbsent(example.status(), status -> new ApiResponse().description("Done"));
        if (response.getContent() == null) {
            response.setContent(new Content());
        }
        MediaType media = response.getContent().computeIfAbsent(example.mediaType(), type -> new MediaType());
        media.addExamples(example.summary(), new Example().summary(example.summary()).value(value(example.mediaType(), example.value())));
    }

    private static void documentCommand(Operation operation, Refusals refusals) {
        operation.addParametersItem(new HeaderParameter().name(CommandRequests.IDEMPOTENCY_KEY).required(false)
                .description("1–200 visible characters. A repeat with the same key, method, path and body (and sender) gets "
                        + "the original answer with Idempotent-Replayed: true and stores nothing.")
                .schema(new StringSchema().minLength(1).maxLength(200).example("chornobyl-2023-proposal")));
        operation.addParametersItem(new HeaderParameter().name(CorrelationIdFilter.HEADER).required(false)
                .description("1–128 of [A-Za-z0-9._:-]; echoed in the answer and carried as correlationid by every event this request causes; a new UUID when absent or malformed.")
                .schema(new StringSchema().example("2f6f3c1e-9a4b-4d0e-8c7a-5b1d2e3f4a5b")));
        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeaderObject(CommandRequests.REPLAYED, new Header()
                        .description("true when this is the recorded answer to an earlier request with the same Idempotency-Key")
                        .schema(new StringSchema()._enum(List.of("true"))));
            }
        });
        Set<String> codes = new LinkedHashSet<>();
        for (Refusal refusal : refusals.value()) {
            codes.add(refusal.name());
        }
        if (refusals.concurrentChange()) {
            codes.add(Refusal.CONCURRENT_CHANGE.name());
        }
        if (!codes.isEmpty()) {
            ApiResponse refused = ProblemDocs.response("Refused by a domain rule; nothing was stored. `code` is one of: "
                    + String.join(", ", codes) + ".", codes.toArray(String[]::new));
            refused.addExtension(REFUSAL_CODES, new ArrayList<>(codes));
            responses.addApiResponse("409", refused);
        }
        responses.putIfAbsent("413", ProblemDocs.response("The body is larger than 1 MB", "payload-too-large"));
        responses.addApiResponse("422", ProblemDocs.response("The Idempotency-Key was used before for another request",
                "idempotency-key-reused"));
    }

    private static Object value(String mediaType, String text) {
        if (!mediaType.endsWith("json")) {
            return text;
        }
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an example body is not JSON: " + text, e);
        }
    }
}
