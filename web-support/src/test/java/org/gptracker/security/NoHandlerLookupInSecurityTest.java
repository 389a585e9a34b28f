package org.gptracker.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

class NoHandlerLookupInSecurityTest {

    @Test
    void aRequestThroughTheSecurityChainLooksUpItsHandlerOnlyInTheDispatcher() throws Exception {
        assertThat(handlerLookupsPerRequest(WithoutTheLookup.class)).isEqualTo(1);
    }

    @Test
    void springSecurityAloneLooksTheHandlerUpOnceMoreBeforeTheDispatcher() throws Exception {
        assertThat(handlerLookupsPerRequest(Edge.class)).isEqualTo(2);
    }

    private static int handlerLookupsPerRequest(Class<?> configuration) throws Exception {
        try (AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext()) {
            context.setServletContext(new MockServletContext());
            context.register(configuration);
            context.refresh();
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                    .addFilters(context.getBean(NoHandlerLookupInSecurity.FILTER_CHAIN, Filter.class))
                    .build();
            mvc.perform(get("/hello")).andExpect(content().string("hello"));
            return context.getBean(CountingMapping.class).lookups.get();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    @EnableWebSecurity
    static class Edge {

        @Bean
        SecurityFilterChain chain(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(rules -> rules.anyRequest().permitAll()).build();
        }

        @Bean
        CountingMapping countingMapping() {
            return new CountingMapping();
        }

        @Bean
        Hello hello() {
            return new Hello();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class WithoutTheLookup extends Edge {

        @Bean
        static BeanFactoryPostProcessor noHandlerLookupInSecurity() {
            return new NoHandlerLookupInSecurity();
        }
    }

    /** Asked first by whoever looks for a request's handler; finds none, so the others are asked after it. */
    static final class CountingMapping implements HandlerMapping, Ordered {

        final AtomicInteger lookups = new AtomicInteger();

        @Override
        public HandlerExecutionChain getHandler(HttpServletRequest request) {
            lookups.incrementAndGet();
            return null;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    @RestController
    static class Hello {

        @GetMapping("/hello")
        String hello() {
            return "hello";
        }
    }
}
