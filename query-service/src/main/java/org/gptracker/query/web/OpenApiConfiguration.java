package org.gptracker.query.web;

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
 * The query API's OpenAPI document (/v3/api-docs): what every operation may answer is added here once,
 * by {@link QueryOperations} per handler and {@link CommonResponses} over the whole document, so a
 * controller only states what is particular to it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer-jwt";

    @Bean
    OpenAPI queryApi() {
        Components components = new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the identity provider (./run-local: POST /dev/tokens on the command service). "
                        + "Any role may read /api; the audit trail and /admin need AUDITOR or SECRETARIAT."));
        return new OpenAPI()
                .info(new Info()
                        .title("GP Tracker query API")
                        .version("v1")
                        .description("""
                                Read models projected from the event log (Kafka topic gp.events): what happened, when, by \
                                whom and under which presidency.

                                * Read models are eventually consistent: a step recorded a moment ago may take a moment to appear.
                                * `asOf=YYYY-MM-DD` answers with the state as it stood at the end of that effective date.
                                * Money is `{"amount": "1500000.00", "currency": "EUR"}`, summed per donor and currency.
                                * Errors are application/problem+json (RFC 9457); a 400 names every bad parameter in `errors`.
                                * Every call but health, these docs and /asyncapi.yaml needs a bearer JWT (docs/security.md).
                                * The events themselves, for consumers of gp.events: the AsyncAPI document at /asyncapi.yaml.

                                The contract in full: docs/DESIGN.md §3 (events), §4 (HTTP API), §5 (errors), §6 (security), §8 (exports).
                                """))
                .addServersItem(new Server().url("/").description("this instance"))
                .addServersItem(new Server().url("http://localhost:8082").description("./run-local"))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer queryOperations() {
        return new QueryOperations();
    }

    @Bean
    OpenApiCustomizer commonResponses() {
        return new CommonResponses();
    }
}
