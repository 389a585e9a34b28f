package org.gptracker.command.relay;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link RelayLag}'s periodic measurement. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RelayMetricsConfiguration {
}
