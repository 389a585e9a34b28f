package org.gptracker.command.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.gptracker.security.CheapRequestSecurity;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may call what (DESIGN §6): every request but health, the API docs and (under the
 * {@code local-stack} profile) the token minting endpoint needs a bearer JWT; each command endpoint
 * admits only the roles that may send it. Country scoping is checked by {@link Caller} and by the
 * aggregates, which know the project's recipients and offers.
 */
@Configuration
@Import(CheapRequestSecurity.class)
class SecurityConfiguration {

    static final String LOCAL_STACK_PROFILE = "local-stack";

    private static final String SECRETARIAT = Role.SECRETARIAT.name();
    private static final String RECIPIENT = Role.RECIPIENT.name();
    private static final String DONOR = Role.DONOR.name();
    private static final String AUDITOR = Role.AUDITOR.name();

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, Environment environment) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(new TokenRoles());
        boolean devTokens = environment.acceptsProfiles(Profiles.of(LOCAL_STACK_PROFILE));
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(rules -> {
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll();
                    if (devTokens) {
                        rules.requestMatchers(POST, "/dev/tokens").permitAll();
                    }
                    rules.requestMatchers("/actuator/**", "/admin/**").hasAnyRole(SECRETARIAT, AUDITOR)
                            .requestMatchers(POST, "/api/presidencies", "/api/presidencies/**").hasRole(SECRETARIAT)
                            .requestMatchers(POST, "/api/members", "/api/members/**").hasRole(SECRETARIAT)
                            .requestMatchers(POST, "/api/projects", "/api/projects/*/revisions",
                                    "/api/projects/*/offers/*/accept", "/api/projects/*/offers/*/decline")
                            .hasAnyRole(SECRETARIAT, RECIPIENT)
                            .requestMatchers(POST, "/api/projects/*/offers", "/api/projects/*/offers/*/withdraw",
                                    "/api/projects/*/commitments", "/api/projects/*/disbursements")
                            .hasAnyRole(SECRETARIAT, DONOR)
                            .requestMatchers(POST, "/api/projects/*/close").hasRole(SECRETARIAT)
                            .requestMatchers("/api/imports", "/api/imports/**").hasRole(SECRETARIAT)
                            .requestMatchers(POST, "/api/audit/digests").hasRole(SECRETARIAT)
                            .requestMatchers("/api/audit/**").hasAnyRole(SECRETARIAT, AUDITOR)
                            .requestMatchers(DELETE, "/api/actors/*").hasRole(SECRETARIAT)
                            .anyRequest().authenticated();
                })
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
