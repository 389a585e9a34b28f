package org.gptracker.query.consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.Map;

/**
 * What the consumer does when a poll fails (Spring Boot hands this error handler to the listener container). A
 * record that can never succeed (unreadable, refused, unstorable) never gets here: the listener dead-letters it alone
 * and applies the rest of its poll. What gets here may succeed later (a sequence gap, PostgreSQL unreachable), and
 * skipping it would lose an event: the partition stops at that record and retries it, with back-off, for as long as
 * it takes ({@link ProjectionStalls} makes that loud).
 */
@Configuration(proxyBeanMethods = false)
class ConsumerErrorHandling {

    @Bean
    DefaultErrorHandler consumerErrorHandler(DeadLetters deadLetters, RetrySettings retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        // no maximum elapsed time nor attempts: a retried record is never given up on
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        // replaces Spring's default list of exceptions not worth retrying: every failure that gets here is retried
        handler.setClassifications(Map.of(), true);
        return handler;
    }
}
