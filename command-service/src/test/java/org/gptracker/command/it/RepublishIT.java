package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.testsupport.TestTokens;
import org.gptracker.testsupport.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /admin/republish sends stored events to the topic again, as the relay sent them. */
class RepublishIT extends ProxiedDatabaseTestBase {

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void someEventsAreStoredAndRelayed() throws Exception {
        for (int i = 0; i < 3; i++) {
            String projectId = json.readTree(post("/api/projects", chornobylProposal()).getBody()).get("projectId").asText();
            assertThat(post("/api/projects/" + projectId + "/revisions", "{\"title\":\"Revised " + i + "\"}").getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        List<String> stored = storedEventIds(0);
        try (TopicReader topic = new TopicReader(bootstrapServers(), TOPIC)) {
            topic.readUntil(records -> copies(records).keySet().containsAll(stored), Duration.ofSeconds(30));
        }
    }

    @Test
    void republishingFromZeroSendsEveryStoredEventAgainWithAnIdenticalEnvelopeAndKey() throws Exception {
        List<String> stored = storedEventIds(0);
        Map<String, Long> before = copies(everyRecordOnTheTopic());

        ResponseEntity<String> answer = post("/admin/republish", "{\"fromGlobalIndex\":0}");

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.get("fromGlobalIndex").asLong()).isZero();
        assertThat(body.get("republished").asLong()).isEqualTo(stored.size());
        assertThat(body.get("toGlobalIndex").asLong()).isEqualTo(highestGlobalIndex());
        // the answer came after Kafka acknowledged every record, so they are all on the topic now
        List<ConsumerRecord<String, byte[]>> records = everyRecordOnTheTopic();
        assertThat(stored).allSatisfy(id -> assertThat(copies(records).get(id)).as(id).isEqualTo(before.get(id) + 1));
        assertEveryCopyIdentical(records);
    }

    @Test
    void republishingFromAMiddleIndexSendsOnlyTheEventsFromThere() throws Exception {
        List<Long> indexes = DIRECT.queryForList("select global_index from events.domain_event_entry order by global_index", Long.class);
        long middle = indexes.get(indexes.size() / 2);
        List<String> fromMiddle = storedEventIds(middle);
        List<String> beforeMiddle = DIRECT.queryForList(
                "select event_identifier from events.domain_event_entry where global_index < ?", String.class, middle);
        Map<String, Long> before = copies(everyRecordOnTheTopic());

        ResponseEntity<String> answer = post("/admin/republish", "{\"fromGlobalIndex\":" + middle + "}");

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(answer.getBody()).get("republished").asLong()).isEqualTo(fromMiddle.size());
        List<ConsumerRecord<String, byte[]>> records = everyRecordOnTheTopic();
        Map<String, Long> after = copies(records);
        assertThat(fromMiddle).allSatisfy(id -> assertThat(after.get(id)).as(id).isEqualTo(before.get(id) + 1));
        assertThat(beforeMiddle).allSatisfy(id -> assertThat(after.get(id)).as(id).isEqualTo(before.get(id)));
        assertEveryCopyIdentical(records);
    }

    @Test
    void aRepublishAskedForWhileAnotherRunsIsRefused() throws Exception {
        CompletableFuture<ResponseEntity<String>> first;
        // holding this lock stalls the first republish at its first read of the store
        try (Connection lock = directConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("lock table events.domain_event_entry in access exclusive mode");
            }
            first = CompletableFuture.supplyAsync(() -> post("/admin/republish", "{}"));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!json.readTree(http.getForEntity("/admin/republish", String.class).getBody()).get("running").asBoolean()) {
                assertThat(System.nanoTime()).as("the first republish started").isLessThan(deadline);
                Thread.sleep(20);
            }

            ResponseEntity<String> second = post("/admin/republish", "{\"fromGlobalIndex\":1}");

            assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(second.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json.readTree(second.getBody());
            assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/refused");
            assertThat(problem.get("code").asText()).isEqualTo("REPUBLISH_RUNNING");
            lock.rollback();
        }
        assertThat(first.get().getStatusCode()).as(first.get().getBody()).isEqualTo(HttpStatus.OK);
        assertThat(post("/admin/republish", "{\"fromGlobalIndex\":" + highestGlobalIndex() + "}").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aNegativeOrNonNumericFromGlobalIndexIsAValidationProblemNamingTheField() throws Exception {
        for (String body : List.of("{\"fromGlobalIndex\":-1}", "{\"fromGlobalIndex\":\"first\"}", "{\"fromGlobalIndex\":[]}",
                "{\"fromGlobalIndex\":1.5}")) {
            ResponseEntity<String> answer = post("/admin/republish", body);

            assertThat(answer.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json.readTree(answer.getBody());
            assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/validation");
            assertThat(problem.at("/errors/0/field").asText()).as(body).isEqualTo("fromGlobalIndex");
        }
    }

    @Test
    void anAuditorMayRepublishAndAViewerMayNot() {
        assertThat(as(TestTokens.token("audit", null, "AUDITOR"), "{\"fromGlobalIndex\":" + highestGlobalIndex() + "}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as(TestTokens.token("view", null, "VIEWER"), "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(TestTokens.token("donor", "CH", "DONOR"), "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> as(String token, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return http.exchange("/admin/republish", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** Every record of one event id is byte for byte the same record: key and envelope. */
    private static void assertEveryCopyIdentical(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<ConsumerRecord<String, byte[]>>> byEvent = records.stream().collect(Collectors.groupingBy(RepublishIT::eventId));
        assertThat(byEvent).allSatisfy((eventId, copies) -> assertThat(copies).allSatisfy(copy -> {
            assertThat(copy.key()).isEqualTo(copies.get(0).key());
            assertThat(Arrays.equals(copy.value(), copies.get(0).value())).as("envelope of " + eventId).isTrue();
        }));
    }

    /** Every record on the topic up to its end offsets as they are now, read by a plain consumer outside any group. */
    private static List<ConsumerRecord<String, byte[]>> everyRecordOnTheTopic() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                assertThat(System.nanoTime()).as("read the topic to its end").isLessThan(deadline);
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
            return records;
        }
    }

    private static Map<String, Long> copies(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().collect(Collectors.groupingBy(RepublishIT::eventId, Collectors.counting()));
    }

    private static String eventId(ConsumerRecord<String, byte[]> record) {
        return EnvelopeCodec.standard().decode(record.value()).id();
    }

    private static List<String> storedEventIds(long fromGlobalIndex) {
        return DIRECT.queryForList("select event_identifier from events.domain_event_entry where global_index >= ?",
                String.class, fromGlobalIndex);
    }

    private static long highestGlobalIndex() {
        return DIRECT.queryForObject("select max(global_index) from events.domain_event_entry", Long.class);
    }
}
