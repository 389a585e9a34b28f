package org.gptracker.query.consistency;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/**
 * Where the command service answers, and how long the consistency check waits for it.
 *
 * @param url            the command service's base URL
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout    the longest wait for each part of its answer (it reads its whole event store)
 */
@ConfigurationProperties("gp.command-service")
record CommandServiceSettings(URI url, Duration connectTimeout, Duration readTimeout) {
}
