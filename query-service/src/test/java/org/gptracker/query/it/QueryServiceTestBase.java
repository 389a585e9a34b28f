package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.gptracker.query.consistency.CommandServiceStandIn;
import org.gptracker.testsupport.TestInfrastructure;
import org.gptracker.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The query service on a real PostgreSQL and a real Kafka broker, started once per test JVM. Every
 * integration test extends this class unchanged, so they all share one Spring context.
 *
 * <p>Tests that feed the event log pick their own partition of {@code gp.events}, so that a partition
 * one test halts on purpose never holds up another test's records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // quick retries, so a repaired gap resumes within the test's patience
        "gp.projection.retry.initial-interval=100ms",
        "gp.projection.retry.max-interval=500ms",
        // a rebuild that cannot switch fails within the test's patience
        "gp.rebuild.lock-timeout=1s",
        // many small batches, so that a rebuild reads back what earlier batches wrote
        "gp.rebuild.batch-size=50",
        // and only the last batch's projects kept in memory, so that a project whose events skip a batch is read back
        "gp.rebuild.projects-in-memory=1",
        "gp.rebuild.max-switch-attempts=3",
        // quick heartbeats, and a small buffer, so that a client that does not read is dropped soon
        "gp.stream.heartbeat=300ms",
        "gp.stream.buffer=200",
        "gp.stream.poll=200ms"})
@AutoConfigureObservability
abstract class QueryServiceTestBase {

    static final String EVENTS = "gp.events";
    static final String DEAD_LETTERS = "gp.events.DLT";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    final ObjectMapper json = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    static final String WITHOUT_TOKEN = TestTokens.WITHOUT_TOKEN;
    static final String SECRETARIAT_SUBJECT = TestTokens.SECRETARIAT_SUBJECT;

    /** The event store stood in for holds nothing until a test says otherwise, whatever an earlier test left it holding. */
    @BeforeEach
    void commandServiceHoldsNothingYet() {
        CommandServiceStandIn.shared().holds(java.util.List.of());
    }

    @BeforeEach
    void sendAsSecretariatUnlessToldOtherwise() {
        if (!http.getRestTemplate().getInterceptors().contains(TestTokens.secretariatByDefault())) {
            http.getRestTemplate().getInterceptors().add(TestTokens.secretariatByDefault());
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("gp_query").forEach((name, value) -> registry.add(name, () -> value));
        // the consistency check asks the command service, stood in for by a small HTTP server in this JVM
        CommandServiceStandIn.shared().springProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    static String bootstrapServers() {
        return TestInfrastructure.get().kafkaBootstrapServers();
    }

    /** Appends a record to the event log, as the command service's relay would, and waits for the broker's ack. */
    void publish(int partition, String key, byte[] value) throws Exception {
        kafka.send(new ProducerRecord<>(EVENTS, partition, key, value)).get(10, TimeUnit.SECONDS);
    }

    ResponseEntity<String> getProject(String projectId) {
        return http.getForEntity("/api/projects/{id}", String.class, projectId);
    }

    /** The project's answer once the read model has it. */
    JsonNode awaitProject(String projectId) throws Exception {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> getProject(projectId).getStatusCode() == HttpStatus.OK);
        return json.readTree(getProject(projectId).getBody());
    }

    long projectVersion(String projectId) {
        return jdbc.queryForObject("select version from read.project where project_id = ?::uuid", Long.class, projectId);
    }

    long lastAppliedSequence(String aggregateId) {
        return jdbc.queryForObject("select last_sequence from read.aggregate_position where aggregate_id = ?",
                Long.class, aggregateId);
    }

    double count(String counter) {
        Counter found = meters.find(counter).counter();
        return found == null ? 0 : found.count();
    }
}
