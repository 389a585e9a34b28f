package org.gptracker.query.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.gptracker.security.CheapRequestSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Arrays;

/**
 * Who may read what (DESIGN §6): every query needs a bearer JWT with any role; a project's audit
 * trail and the operator endpoints need AUDITOR or SECRETARIAT; health, the API docs (OpenAPI and
 * AsyncAPI) and the dashboard page's static files are open.
 */
@Configuration
@Import(CheapRequestSecurity.class)
class SecurityConfiguration {

    private static final String[] EVERY_ROLE = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    @Bean
    SecurityFilterChain queries(HttpSecurity http, ObjectMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(new TokenRoles());
        String secretariat = Role.SECRETARIAT.name();
        String auditor = Role.AUDITOR.name();
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/asyncapi.yaml").permitAll()
                        // the dashboard page and its scripts: the page asks for a token before it reads /api
                        .requestMatchers("/", "/index.html", "/dashboard/**", "/webjars/**").permitAll()
                        .requestMatchers("/api/projects/*/history", "/admin/**", "/actuator/**").hasAnyRole(secretariat, auditor)
                        .anyRequest().hasAnyRole(EVERY_ROLE))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()));
        return http.build();
    }
}
