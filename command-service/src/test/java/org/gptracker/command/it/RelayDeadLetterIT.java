package org.gptracker.command.it;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.gptracker.testsupport.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored event that can never become a record of the contract (here: its chain hash is a number) is set aside on the
 * dead-letter topic with its reason, counted, and the relay goes on with the events stored after it.
 */
class RelayDeadLetterIT extends CommandServiceTestBase {

    private static final String DEAD_LETTERS = "gp.events.DLT";

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void removeBacklog() {
        BacklogRows.removeAll(jdbc);
    }

    @Test
    void anEventWhoseHashIsNoStringGoesToTheDeadLetterTopicWithItsReasonAndTheRelayGoesOn() throws Exception {
        String run = UUID.randomUUID().toString();
        double deadLetteredBefore = meters.get("gp.relay.dead.lettered").counter().count();
        String poisoned;
        String after;
        try (Connection connection = dataSource.getConnection()) {
            poisoned = jdbc.queryForObject("select md5(? || '/event/1/0')::uuid::text", String.class, run);
            // stored and spoiled in one transaction: the relay never sees it whole
            connection.setAutoCommit(false);
            BacklogRows.store(connection, run, 1, 1, 1);
            try (PreparedStatement spoil = connection.prepareStatement("update events.domain_event_entry set meta_data = "
                    + "convert_to('{\"actor\":\"backlog-loader\",\"hash\":42}', 'UTF8') where event_identifier = ?")) {
                spoil.setString(1, poisoned);
                assertThat(spoil.executeUpdate()).isEqualTo(1);
            }
            connection.commit();
            connection.setAutoCommit(true);
            BacklogRows.store(connection, run, 2, 2, 1);
            after = jdbc.queryForObject("select md5(? || '/project/2')::uuid::text", String.class, run);
        }

        try (TopicReader deadLetters = new TopicReader(bootstrapServers(), DEAD_LETTERS);
             TopicReader events = new TopicReader(bootstrapServers(), TOPIC)) {
            List<ConsumerRecord<String, byte[]>> set = deadLetters.readUntil(
                    seen -> seen.stream().anyMatch(record -> poisoned.equals(header(record, "gp-event-id"))), Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> deadLetter = set.stream()
                    .filter(record -> poisoned.equals(header(record, "gp-event-id"))).findFirst().orElseThrow();
            assertThat(header(deadLetter, "gp-dlt-reason")).contains(poisoned).contains("its metadata 'hash' is a number, not a string");
            assertThat(header(deadLetter, "gp-payload-type")).isEqualTo("gp.project.ProjectProposed.v1");
            assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).as("the stored payload").contains("Backlog project 1");

            List<ConsumerRecord<String, byte[]>> relayed = events.readUntil(
                    seen -> seen.stream().anyMatch(record -> after.equals(record.key())), Duration.ofSeconds(30));
            assertThat(relayed).as("the event stored after it").anyMatch(record -> after.equals(record.key()));
        }
        assertThat(meters.get("gp.relay.dead.lettered").counter().count()).isGreaterThanOrEqualTo(deadLetteredBefore + 1);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
