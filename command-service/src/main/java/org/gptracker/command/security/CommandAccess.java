package org.gptracker.command.security;

import org.gptracker.security.AccessRules;
import org.gptracker.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may send which command (docs/security.md): each command endpoint admits only the roles that may
 * send it; under the {@code local-stack} profile the token minting endpoint is open. Country scoping is
 * checked by {@link Caller} and by the aggregates, which know the project's recipients and offers.
 */
@Configuration(proxyBeanMethods = false)
class CommandAccess {

    static final String LOCAL_STACK_PROFILE = "local-stack";

    private static final String SECRETARIAT = Role.SECRETARIAT.name();
    private static final String RECIPIENT = Role.RECIPIENT.name();
    private static final String DONOR = Role.DONOR.name();
    private static final String AUDITOR = Role.AUDITOR.name();

    @Bean
    AccessRules commandAccessRules(Environment environment) {
        boolean devTokens = environment.acceptsProfiles(Profiles.of(LOCAL_STACK_PROFILE));
        return rules -> {
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
                    .requestMatchers(DELETE, "/api/actors/*").hasRole(SECRETARIAT);
        };
    }
}
