package org.gptracker.query.consumer;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** Back-off between attempts at a record that cannot be applied yet (a sequence gap, PostgreSQL down). */
@ConfigurationProperties("gp.projection.retry")
record RetrySettings(Duration initialInterval, Duration maxInterval) {
}
