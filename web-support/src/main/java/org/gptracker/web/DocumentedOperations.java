package org.gptracker.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import java.util.List;

/**
 * Per handler: an endpoint annotated {@code @SecurityRequirements({})} is open, and the examples a
 * controller names with {@link RequestExample} and {@link ResponseExample} are shown; then the service's
 * own {@link ApiDocs#operations()}.
 */
class DocumentedOperations implements OperationCustomizer {

    private final OperationCustomizer own;

    DocumentedOperations(OperationCustomizer own) {
        this.own = own;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        SecurityRequirements open = handler.getMethodAnnotation(SecurityRequirements.class);
        if (open != null && open.value().length == 0) {
            operation.setSecurity(List.of());
        }
        for (RequestExample example : handler.getMethod().getAnnotationsByType(RequestExample.class)) {
            if (operation.getRequestBody() == null) {
                operation.setRequestBody(new RequestBody().content(new Content()));
            }
            MediaType media = operation.getRequestBody().getContent().computeIfAbsent(example.mediaType(), type -> new MediaType());
            media.addExamples(example.name(), new Example().summary(example.summary()).value(value(example.mediaType(), example.value())));
        }
        for (ResponseExample example : handler.getMethod().getAnnotationsByType(ResponseExample.class)) {
            ApiResponse response = operation.getResponses().computeIfAbsent(example.status(), status -> new ApiResponse().description("Done"));
            if (response.getContent() == null) {
                response.setContent(new Content());
            }
            MediaType media = response.getContent().computeIfAbsent(example.mediaType(), type -> new MediaType());
            media.addExamples(example.summary(), new Example().summary(example.summary()).value(value(example.mediaType(), example.value())));
        }
        return own.customize(operation, handler);
    }

    private static Object value(String mediaType, String text) {
        if (!mediaType.endsWith("json")) {
            return text;
        }
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an example is not JSON: " + text, e);
        }
    }
}
