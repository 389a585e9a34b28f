package org.gptracker.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call which of a service's paths, as a bean of the service. {@link SecurityConfiguration} has
 * already opened health, the API docs and the error dispatch, and ends with "any other request needs a
 * token granting a role" after these rules.
 */
@FunctionalInterface
public interface AccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
