package org.gptracker.command.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI commandApi() {
        return new OpenAPI().info(new Info()
                .title("GP Tracker command API")
                .version("v1")
                .description("Records each step of the Global Partnership's match-making process as an immutable event. "
                        + "Errors are application/problem+json (RFC 9457)."));
    }
}
