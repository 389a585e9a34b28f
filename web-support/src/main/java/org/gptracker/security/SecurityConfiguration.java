package org.gptracker.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Arrays;

/**
 * A stateless resource server (docs/security.md): bearer JWTs whose {@code roles} claim grants
 * {@link Role}s, 401 and 403 as problems, health and the API docs open, the service's
 * {@link AccessRules} for its paths, and a token granting any role for anything else.
 */
@Configuration(proxyBeanMethods = false)
@Import(CheapRequestSecurity.class)
public class SecurityConfiguration {

    private static final String[] EVERY_ROLE = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    @Bean
    SecurityFilterChain resourceServer(HttpSecurity http, ObjectMapper json, AccessRules access) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(new TokenRoles());
        // stateless bearer tokens: no logout, saved requests or servlet-API request wrapper (nothing here asks the
        // request for its principal), each a filter or wrapper every request would pass through for nothing
        http.csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(rules -> {
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll();
                    access.apply(rules);
                    rules.anyRequest().hasAnyRole(EVERY_ROLE);
                })
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new BearerTokens())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()));
        return http.build();
    }
}
