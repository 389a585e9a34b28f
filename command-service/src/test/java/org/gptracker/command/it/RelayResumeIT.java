package org.gptracker.command.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The relay publishes from its stored token: what it had published is not sent again, what it had not is. */
class RelayResumeIT extends CommandServiceTestBase {

    @Autowired
    EventProcessingConfiguration processing;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theRelayResumesFromItsTokenAndPublishesEveryStoredEventExactlyOnce() throws Exception {
        StreamingEventProcessor relay = processing.eventProcessor("kafka-relay", StreamingEventProcessor.class).orElseThrow();
        relay.shutDown();

        List<String> proposedWhileStopped = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            proposedWhileStopped.add(json.readTree(post("/api/projects", chornobylProposal()).getBody()).get("projectId").asText());
        }
        List<String> storedEventIds = jdbc.queryForList("select event_identifier from events.domain_event_entry", String.class);

        try (TopicReader topic = new TopicReader(bootstrapServers(), TOPIC)) {
            Set<String> keysBeforeRestart = keys(topic.readUntil(seen -> false, Duration.ofSeconds(2)));
            assertThat(keysBeforeRestart).doesNotContainAnyElementsOf(proposedWhileStopped);

            relay.start();

            List<ConsumerRecord<String, byte[]>> records = topic.readUntil(
                    seen -> keys(seen).containsAll(proposedWhileStopped), Duration.ofSeconds(20));
            records = topic.readUntil(seen -> false, Duration.ofSeconds(2));
            Map<String, Long> copiesPerEvent = records.stream()
                    .map(r -> EnvelopeCodec.standard().decode(r.value()).id())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(copiesPerEvent.keySet()).containsAll(storedEventIds);
            assertThat(copiesPerEvent).allSatisfy((eventId, copies) -> assertThat(copies).as(eventId).isEqualTo(1L));
        } finally {
            if (!relay.isRunning()) {
                relay.start();
            }
        }
    }

    private static Set<String> keys(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }
}
