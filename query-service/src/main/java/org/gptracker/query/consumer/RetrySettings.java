package org.gptracker.query.consumer;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Back-off between attempts at a record that cannot be applied yet (a sequence gap, PostgreSQL down).
 *
 * @param initialInterval the wait before the first retry, doubled on each further one
 * @param maxInterval     the longest wait between two retries
 */
@ConfigurationProperties("gp.projection.retry")
record RetrySettings(Duration initialInterval, Duration maxInterval) {
}
