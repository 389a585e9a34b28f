package org.gptracker.query.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import java.util.List;

/** Per handler: open endpoints, and the example answers a controller names with {@link ResponseExample}. */
class QueryOperations implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        SecurityRequirements open = handler.getMethodAnnotation(SecurityRequirements.class);
        if (open != null && open.value().length == 0) {
            operation.setSecurity(List.of());
        }
        for (ResponseExample example : handler.getMethod().getAnnotationsByType(ResponseExample.class)) {
            ApiResponse response = operation.getResponses().computeIfAbsent(example.status(), status -> new ApiResponse().description("Done"));
            if (response.getContent() == null) {
                response.setContent(new Content());
            }
            MediaType media = response.getContent().computeIfAbsent(example.mediaType(), type -> new MediaType());
            media.addExamples(example.summary(), new Example().summary(example.summary()).value(value(example.mediaType(), example.value())));
        }
        return operation;
    }

    private static Object value(String mediaType, String text) {
        if (!mediaType.endsWith("json")) {
            return text;
        }
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an example answer is not JSON: " + text, e);
        }
    }
}
