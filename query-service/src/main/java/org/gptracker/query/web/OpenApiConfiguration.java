package org.gptracker.query.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI queryApi() {
        return new OpenAPI().info(new Info()
                .title("GP Tracker query API")
                .version("v1")
                .description("Read models projected from the event log: what happened, when, by whom and under which presidency. "
                        + "Errors are application/problem+json (RFC 9457)."));
    }
}
