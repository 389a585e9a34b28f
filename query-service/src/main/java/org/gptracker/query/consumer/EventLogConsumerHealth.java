package org.gptracker.query.consumer;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * Part of readiness ({@code management.endpoint.health.group.readiness}): the read models only stay
 * fresh while the event log's listener runs and none of its consumers has stopped on its own (an
 * authorization or fatal error stops a consumer without stopping the service).
 */
@Component("eventLogConsumer")
class EventLogConsumerHealth implements HealthIndicator {

    private final KafkaListenerEndpointRegistry listeners;

    EventLogConsumerHealth(KafkaListenerEndpointRegistry listeners) {
        this.listeners = listeners;
    }

    @Override
    public Health health() {
        MessageListenerContainer container = listeners.getListenerContainer(EventLogListener.ID);
        if (container == null || !container.isRunning()) {
            return Health.down().withDetail("listener", "not running").build();
        }
        if (!container.isInExpectedState()) {
            return Health.down().withDetail("listener", "a consumer stopped").build();
        }
        Collection<TopicPartition> assigned = container.getAssignedPartitions();
        return Health.up().withDetail("partitions", assigned == null ? 0 : assigned.size()).build();
    }
}
