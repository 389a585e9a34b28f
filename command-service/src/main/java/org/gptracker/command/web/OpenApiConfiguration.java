package org.gptracker.command.web;

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

/**
 * The command API's OpenAPI document (/v3/api-docs): what every operation may answer is added here once,
 * by {@link CommandOperations} per handler and {@link CommonResponses} over the whole document, so a
 * controller only states what is particular to it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer-jwt";

    @Bean
    OpenAPI commandApi() {
        Components components = new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the identity provider (./run-local: POST /dev/tokens). Claims: sub (recorded as "
                        + "the actor of every event), roles ⊂ {SECRETARIAT, RECIPIENT, DONOR, AUDITOR, VIEWER}, and country "
                        + "for RECIPIENT and DONOR."));
        CommandOperations.addRefusalExamplesTo(components);
        return new OpenAPI()
                .info(new Info()
                        .title("GP Tracker command API")
                        .version("v1")
                        .description("""
                                Records each step of the Global Partnership's match-making process as an immutable event \
                                (published on Kafka topic gp.events; see the AsyncAPI document asyncapi.yaml).

                                * A command that creates something answers 201 with its ids; a state change answers 200.
                                * Every body may carry `effectiveDate` (the business date, default today, never in the future).
                                * `Idempotency-Key` makes a retry safe: a repeat gets the first answer (`Idempotent-Replayed: true`) \
                                and stores nothing; the same key with another request is 422.
                                * Money is `{"amount": "1500000.00", "currency": "EUR"}`: the amount a decimal string, never a number.
                                * Errors are application/problem+json (RFC 9457): 400 names every invalid field in `errors`, \
                                409 carries a stable `code`. A refused or failed command stores nothing.
                                * Every call but health and these docs needs a bearer JWT; roles and country scoping in docs/security.md.

                                The contract in full: docs/DESIGN.md §4 (HTTP API), §5 (errors), §6 (security).
                                """))
                .addServersItem(new Server().url("/").description("this instance"))
                .addServersItem(new Server().url("http://localhost:8081").description("./run-local"))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer commandOperations() {
        return new CommandOperations();
    }

    @Bean
    OpenApiCustomizer commonResponses() {
        return new CommonResponses();
    }
}
