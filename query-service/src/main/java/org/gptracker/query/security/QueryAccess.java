package org.gptracker.query.security;

import org.gptracker.security.AccessRules;
import org.gptracker.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may read what (docs/security.md): any role may query; a project's audit trail and the operator
 * endpoints need AUDITOR or SECRETARIAT; the AsyncAPI document and the dashboard page's static files are open.
 */
@Configuration(proxyBeanMethods = false)
class QueryAccess {

    @Bean
    AccessRules queryAccessRules() {
        String secretariat = Role.SECRETARIAT.name();
        String auditor = Role.AUDITOR.name();
        return rules -> rules
                .requestMatchers("/asyncapi.yaml").permitAll()
                // the dashboard page and its scripts: the page asks for a token before it reads /api
                .requestMatchers("/", "/index.html", "/dashboard/**", "/webjars/**").permitAll()
                .requestMatchers("/api/projects/*/history", "/admin/**", "/actuator/**").hasAnyRole(secretariat, auditor);
    }
}
