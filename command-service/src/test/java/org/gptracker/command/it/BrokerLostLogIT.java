package org.gptracker.command.it;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.testsupport.TestInfrastructure;
import org.gptracker.testsupport.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker loses the event topic's log (the topic deleted, as a broker restarted on an empty data directory would
 * have it) while the event store keeps every event: the relay notices by itself — the topic holds fewer records than
 * its position says Kafka acknowledged — counts it in {@code gp_relay_republish_total{reason="topic-short"}}, creates
 * the topic again and republishes the store onto it. Its own database and topic, so no other test sees the loss.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokerLostLogIT {

    private static final String TOPIC = "gp.events.lost-log-it";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("gp_command_lost_log_it").forEach((name, value) -> registry.add(name, () -> value));
        registry.add("gp.relay.topic", () -> TOPIC);
        registry.add("gp.relay.log-check-interval", () -> "1s");
    }

    @AfterEach
    void removeBacklog() {
        BacklogRows.removeAll(jdbc);
    }

    @Test
    void aTopicThatLostItsRecordsIsRepublishedFromTheStoreByTheRelayItself() throws Exception {
        String run = UUID.randomUUID().toString();
        try (Connection store = dataSource.getConnection()) {
            BacklogRows.store(store, run, 1, 40, 3);
        }
        Set<String> stored = Set.copyOf(jdbc.queryForList("select event_identifier from events.domain_event_entry", String.class));
        try (TopicReader topic = new TopicReader(TestInfrastructure.get().kafkaBootstrapServers(), TOPIC)) {
            assertThat(eventIds(topic, stored)).as("relayed before the loss").containsAll(stored);
        }
        double republishesBefore = republishes();
        double republishedBefore = republished();

        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()))) {
            admin.deleteTopics(List.of(TOPIC)).all().get();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (republishes() <= republishesBefore && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(republishes()).as("republishes the relay started for a short topic").isGreaterThan(republishesBefore);
        // the topic exists again once the republish sent something; read it only then
        while (republished() < republishedBefore + stored.size() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        try (TopicReader topic = new TopicReader(TestInfrastructure.get().kafkaBootstrapServers(), TOPIC)) {
            assertThat(eventIds(topic, stored)).as("on the topic again").containsAll(stored);
        }
    }

    private double republishes() {
        return meters.get("gp.relay.republish").tag("reason", "topic-short").counter().count();
    }

    private double republished() {
        return meters.get("gp.events.published").tag("via", "republish").counter().count();
    }

    private static Set<String> eventIds(TopicReader topic, Set<String> expected) {
        return topic.readUntil(seen -> ids(seen).containsAll(expected), Duration.ofSeconds(60)).stream()
                .map(record -> EnvelopeCodec.standard().decode(record.value()).id())
                .collect(Collectors.toSet());
    }

    private static Set<String> ids(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> EnvelopeCodec.standard().decode(record.value()).id()).collect(Collectors.toSet());
    }
}
