package org.gptracker.command.web;

import org.gptracker.command.Refusal;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.gptracker.web.ProblemDocs;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Per handler marked {@link Refusals}: what a command sent through the dispatcher may answer. */
class CommandOperations implements OperationCustomizer {

    static final String REFUSAL_CODES = "x-refusal-codes";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Refusals refusals = handler.getMethodAnnotation(Refusals.class);
        if (refusals != null) {
            documentCommand(operation, refusals);
        }
        return operation;
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
}
