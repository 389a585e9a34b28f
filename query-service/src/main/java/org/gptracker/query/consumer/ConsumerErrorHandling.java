package org.gptracker.query.consumer;

import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.Map;

/**
 * What the consumer does when a record fails (Spring Boot hands this error handler to the listener
 * container):
 * <ul>
 *   <li>a record that cannot be read as an event can never succeed: it goes to the dead-letter topic
 *       at once and the partition moves on;</li>
 *   <li>anything else (a sequence gap, PostgreSQL unreachable) may succeed later, and skipping it
 *       would lose an event: the partition stops at that record and retries it, with back-off,
 *       for as long as it takes.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ConsumerErrorHandling {

    @Bean
    DefaultErrorHandler consumerErrorHandler(DeadLetters deadLetters, RetrySettings retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        // no maximum elapsed time nor attempts: a retried record is never given up on
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        // replaces Spring's default list, so only unreadable records ever reach the dead-letter topic
        handler.setClassifications(Map.of(InvalidEnvelopeException.class, false), true);
        return handler;
    }
}
