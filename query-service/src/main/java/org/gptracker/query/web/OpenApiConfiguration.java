package org.gptracker.query.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer-jwt";

    @Bean
    OpenAPI queryApi() {
        return new OpenAPI().info(new Info()
                .title("GP Tracker query API")
                .version("v1")
                .description("Read models projected from the event log: what happened, when, by whom and under which presidency. "
                        + "Errors are application/problem+json (RFC 9457). Every call but health and these docs needs "
                        + "a bearer JWT (roles SECRETARIAT, RECIPIENT, DONOR, AUDITOR, VIEWER; see docs/security.md)."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Every operation that needs a token may answer 401 and 403; those marked {@code @SecurityRequirements} need none. */
    @Bean
    OperationCustomizer tokenProblems() {
        return (operation, handler) -> {
            SecurityRequirements open = handler.getMethodAnnotation(SecurityRequirements.class);
            if (open != null && open.value().length == 0) {
                operation.setSecurity(List.of());
                return operation;
            }
            ApiResponses responses = operation.getResponses();
            responses.addApiResponse("401", problem("No bearer token, or an expired or badly signed one"));
            responses.addApiResponse("403", problem("The token's role or country does not allow this call"));
            return operation;
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
    }
}
