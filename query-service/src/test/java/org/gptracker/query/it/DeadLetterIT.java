package org.gptracker.query.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.gptracker.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gptracker.query.EventRecords.notJson;
import static org.gptracker.query.EventRecords.ofUnknownType;
import static org.gptracker.query.EventRecords.proposed;
import static org.gptracker.query.EventRecords.proposedWithoutTitle;

class DeadLetterIT extends QueryServiceTestBase {

    private static final int PARTITION = 1;

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicWithTheirReasonAndThePartitionMovesOn() throws Exception {
        String notJson = UUID.randomUUID().toString();
        String unknownType = UUID.randomUUID().toString();
        String withoutTitle = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();
        double deadLetteredBefore = count("gp.events.dead.lettered");
        double exposedBefore = exposed("gp_events_dead_lettered_total");

        publish(PARTITION, notJson, notJson());
        publish(PARTITION, unknownType, ofUnknownType(unknownType));
        publish(PARTITION, withoutTitle, proposedWithoutTitle(withoutTitle));
        publish(PARTITION, good, proposed(good, 0));

        awaitProject(good);
        // the good record comes after the three on the same partition, so by now each was counted, once
        assertThat(count("gp.events.dead.lettered")).isEqualTo(deadLetteredBefore + 3);
        assertThat(exposed("gp_events_dead_lettered_total")).isEqualTo(exposedBefore + 3);

        try (TopicReader deadLetters = new TopicReader(bootstrapServers(), DEAD_LETTERS)) {
            Set<String> keys = Set.of(notJson, unknownType, withoutTitle);
            Map<String, ConsumerRecord<String, byte[]>> found = byKey(
                    deadLetters.readUntil(seen -> byKey(seen, keys).keySet().containsAll(keys), PATIENCE), keys);

            assertThat(found).containsOnlyKeys(notJson, unknownType, withoutTitle);
            assertThat(reason(found.get(notJson))).startsWith("not JSON");
            assertThat(reason(found.get(unknownType))).isEqualTo("unknown event type 'gp.project.ProjectTeleported.v1'");
            assertThat(reason(found.get(withoutTitle))).contains("gp.project.ProjectProposed.v1").contains("title");
            assertThat(found.get(notJson).value()).isEqualTo(notJson());
            found.values().forEach(deadLetter -> {
                assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(EVENTS.getBytes(StandardCharsets.UTF_8));
                assertThat(ByteBuffer.wrap(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_PARTITION)).getInt()).isEqualTo(PARTITION);
            });
        }
        assertThat(getProject(withoutTitle).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("select count(*) from read.aggregate_position where aggregate_id in (?, ?)",
                Long.class, unknownType, withoutTitle)).isZero();
    }

    @Test
    void theEventsOnEitherSideOfAnUnreadableRecordAreEachAppliedOnceThoughTheyArriveInOnePoll() throws Exception {
        String before = UUID.randomUUID().toString();
        String unreadable = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        double deadLetteredBefore = count("gp.events.dead.lettered");

        publish(PARTITION, before, proposed(before, 0));
        publish(PARTITION, unreadable, notJson());
        publish(PARTITION, after, proposed(after, 0));

        awaitProject(after);
        assertThat(getProject(before).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(count("gp.events.dead.lettered")).isEqualTo(deadLetteredBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from read.event_log where aggregate_id in (?, ?)", Long.class, before, after))
                .isEqualTo(2);
    }

    /** The metric's value as Prometheus scrapes it. */
    private double exposed(String metric) {
        String scrape = http.getForObject("/actuator/prometheus", String.class);
        return scrape.lines()
                .filter(line -> line.startsWith(metric + " ") || line.startsWith(metric + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static String reason(ConsumerRecord<String, byte[]> deadLetter) {
        return new String(header(deadLetter, "gp-dlt-reason"), StandardCharsets.UTF_8);
    }

    private static byte[] header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return header.value();
    }

    private static Map<String, ConsumerRecord<String, byte[]>> byKey(List<ConsumerRecord<String, byte[]>> records, Set<String> keys) {
        Map<String, ConsumerRecord<String, byte[]>> found = new HashMap<>();
        records.stream().filter(record -> keys.contains(record.key())).forEach(record -> found.put(record.key(), record));
        return found;
    }
}
