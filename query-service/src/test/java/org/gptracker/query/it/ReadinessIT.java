package org.gptracker.query.it;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops and restarts the event log consumer, so it runs in a context of its own (own consumer group and topic,
 * closed afterwards): the shared context's consumers keep their partitions and their metrics.
 */
@TestPropertySource(properties = {"spring.kafka.consumer.group-id=gp-query-readiness", "gp.kafka.topic=gp.events.readiness"})
@DirtiesContext
class ReadinessIT extends QueryServiceTestBase {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void theServiceIsReadyOnlyWhileItsEventLogConsumerRuns() {
        assertThat(readiness().getStatusCode()).isEqualTo(HttpStatus.OK);
        MessageListenerContainer consumer = listeners.getListenerContainer("gp-event-log");
        consumer.stop();
        try {
            ResponseEntity<String> stopped = readiness();
            ResponseEntity<String> liveness = http.getForEntity("/actuator/health/liveness", String.class);

            assertThat(stopped.getStatusCode()).as(stopped.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
        } finally {
            consumer.start();
        }
        assertThat(readiness().getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> readiness() {
        return http.getForEntity("/actuator/health/readiness", String.class);
    }
}
