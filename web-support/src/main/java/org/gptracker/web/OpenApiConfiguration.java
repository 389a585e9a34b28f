package org.gptracker.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A service's OpenAPI document from its {@link ApiDocs}: every call needs a bearer JWT unless marked open. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BEARER = "bearer-jwt";

    @Bean
    OpenAPI openApi(ApiDocs docs) {
        return new OpenAPI()
                .info(new Info().title(docs.title()).version("v1").description(docs.description()))
                .addServersItem(new Server().url("/").description("this instance"))
                .addServersItem(new Server().url(docs.localServer()).description("./run-local"))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT").description(docs.bearer())))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer documentedOperations(ApiDocs docs) {
        return new DocumentedOperations(docs.operations());
    }

    @Bean
    OpenApiCustomizer commonResponses(ApiDocs docs) {
        return new CommonResponses(docs);
    }
}
