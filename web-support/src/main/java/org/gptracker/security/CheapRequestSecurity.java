package org.gptracker.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.time.Clock;
import java.time.Duration;

/**
 * Keeps the security of a request cheap without weakening it (docs/performance.md): verified
 * bearer tokens are remembered ({@link VerifiedTokenCache}), headers are checked without regular
 * expressions ({@link HeaderCharacters}), Spring Security's filters are not each wrapped in a
 * Micrometer observation (the HTTP request as a whole still is), the access rules' paths are matched as path
 * patterns rather than by asking Spring MVC's handler mappings on every request, and so the handler lookup Spring
 * Security would cache for such matchers is not made at all ({@link NoHandlerLookupInSecurity}).
 */
@Configuration(proxyBeanMethods = false)
public class CheapRequestSecurity {

    static final long MAXIMUM_TOKENS = 10_000;
    static final Duration LONGEST = Duration.ofMinutes(5);

    @Bean
    static BeanPostProcessor verifiedTokenCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokenCache)) {
                    return new VerifiedTokenCache(decoder, MAXIMUM_TOKENS, LONGEST, Clock.systemUTC());
                }
                return bean;
            }
        };
    }

    @Bean
    static BeanFactoryPostProcessor noHandlerLookupInSecurity() {
        return new NoHandlerLookupInSecurity();
    }

    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters.ALLOWED_NAME);
        firewall.setAllowedHeaderValues(HeaderCharacters.ALLOWED_VALUE);
        return firewall;
    }

    /** {@code requestMatchers(String...)} builds path-pattern matchers (Spring Security 6.5), not MVC introspecting ones. */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
