package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.gptracker.command.dispatch.CommandDispatcher;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.testsupport.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL unreachable: commands answer 503 quickly and store nothing; once it is back they succeed
 * again and the relay carries on by itself.
 */
class DatabaseOutageIT extends ProxiedDatabaseTestBase {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageIT.class);
    /** A functional bound, far above the pool's 3 s connection-timeout: "quickly", not a benchmark. */
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    /**
     * The pool opens new connections with a back-off of up to 5 s (HikariCP's, fixed), so the first
     * command after an outage may still meet 503 with Retry-After; a client that honours it succeeds.
     */
    private static final Duration RECOVERS = Duration.ofSeconds(20);

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    EventProcessingConfiguration processing;

    /** Each test starts with the database reachable and the service's pool connected again. */
    @AfterEach
    void databaseIsBack() throws Exception {
        PROXY.restore();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!http.getForEntity("/actuator/health", String.class).getStatusCode().is2xxSuccessful()) {
            assertThat(System.nanoTime()).as("health UP again within 30 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void withTheDatabaseUnreachableEveryCommandIsAnswered503QuicklyAndStoresNothing() throws Exception {
        assertThat(post("/api/projects", chornobylProposal()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long events = storedEvents();
        long answers = idempotencyRecords();

        PROXY.cut();
        // past HikariCP's 500 ms window in which a pooled connection is handed out unchecked: the pool checks
        // (validation-timeout), finds them dead, and waits for a new one (connection-timeout) — the slow path
        Thread.sleep(1000);
        Timed<ResponseEntity<String>> proposal = timed(() -> post("/api/projects", chornobylProposal(), withKey(UUID.randomUUID())));
        Timed<ResponseEntity<String>> admission = timed(() -> post("/api/members", "{\"country\":\"FI\",\"admittedOn\":\"2011-05-26\"}"));

        for (Timed<ResponseEntity<String>> answer : List.of(proposal, admission)) {
            log.info("answered {} in {} ms with PostgreSQL cut", answer.value().getStatusCode(), answer.took().toMillis());
            assertUnavailable(answer.value());
            assertThat(answer.took()).isLessThan(QUICKLY);
        }
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(idempotencyRecords()).isEqualTo(answers);
    }

    @Test
    void withTheDatabaseUnreachableHealthAndReadinessAreDown() throws Exception {
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        PROXY.cut();

        Timed<ResponseEntity<String>> health = timed(() -> http.getForEntity("/actuator/health", String.class));
        ResponseEntity<String> readiness = http.getForEntity("/actuator/health/readiness", String.class);
        ResponseEntity<String> liveness = http.getForEntity("/actuator/health/liveness", String.class);

        assertThat(health.value().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(json.readTree(health.value().getBody()).get("status").asText()).isEqualTo("DOWN");
        assertThat(health.took()).isLessThan(QUICKLY);
        assertThat(readiness.getStatusCode()).as(readiness.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(liveness.getStatusCode()).as("a restart would not bring the database back").isEqualTo(HttpStatus.OK);
    }

    @Test
    void theAggregatesListIsAnswered503WhileTheDatabaseIsUnreachable() throws Exception {
        PROXY.cut();

        ResponseEntity<String> aggregates = http.getForEntity("/admin/aggregates", String.class);

        assertUnavailable(aggregates);
    }

    @Test
    void onceTheDatabaseIsBackTheSameCommandSucceedsAndItsEventReachesKafka() throws Exception {
        HttpHeaders key = withKey(UUID.randomUUID());
        PROXY.cut();
        assertUnavailable(post("/api/projects", chornobylProposal(), key));
        long events = storedEvents();
        awaitTheRelayFailing();

        PROXY.restore();
        Timed<ResponseEntity<String>> recovered = timed(() -> untilAvailable(() -> post("/api/projects", chornobylProposal(), key)));
        ResponseEntity<String> again = recovered.value();

        log.info("commands succeed again {} ms after PostgreSQL is back", recovered.took().toMillis());
        assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(recovered.took()).isLessThan(RECOVERS);
        assertThat(again.getHeaders().containsKey(CommandDispatcher.REPLAYED)).isFalse();
        assertThat(storedEvents()).isEqualTo(events + 1);
        String projectId = json.readTree(again.getBody()).get("projectId").asText();
        long started = System.nanoTime();
        try (TopicReader topic = new TopicReader(bootstrapServers(), TOPIC)) {
            boolean relayed = topic.readUntil(records -> records.stream().anyMatch(r -> projectId.equals(r.key())), Duration.ofSeconds(90))
                    .stream().anyMatch(r -> projectId.equals(r.key())
                            && EnvelopeCodec.standard().decode(r.value()).type().equals("gp.project.ProjectProposed.v1"));
            log.info("the relay published the event stored after the outage within {} ms", (System.nanoTime() - started) / 1_000_000);
            assertThat(relayed).as("the proposal stored after the outage reached Kafka").isTrue();
        }
    }

    /** The relay noticed the outage (its processor is in retry mode), so what follows tests its recovery. */
    private void awaitTheRelayFailing() throws InterruptedException {
        StreamingEventProcessor relay = processing.eventProcessor("kafka-relay", StreamingEventProcessor.class).orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (relay.processingStatus().values().stream().noneMatch(EventTrackerStatus::isErrorState)) {
            assertThat(System.nanoTime()).as("the relay fails while PostgreSQL is cut").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private void assertUnavailable(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("\\d+");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/unavailable");
        assertThat(problem.get("title").asText()).isEqualTo("Service unavailable");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(response.getBody()).doesNotContain("Exception", "at org.", "SQL", "jdbc");
    }

    /** Sends again while the answer is the 503 problem, as a client honouring Retry-After would (faster). */
    private ResponseEntity<String> untilAvailable(Supplier<ResponseEntity<String>> command) {
        long deadline = System.nanoTime() + RECOVERS.toNanos();
        ResponseEntity<String> answer = command.get();
        while (answer.getStatusCode() == HttpStatus.SERVICE_UNAVAILABLE && System.nanoTime() < deadline) {
            try {
                assertUnavailable(answer);
                Thread.sleep(250);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            answer = command.get();
        }
        return answer;
    }

    private static long idempotencyRecords() {
        return DIRECT.queryForObject("select count(*) from events.idempotency_record", Long.class);
    }

    private static HttpHeaders withKey(UUID key) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(CommandDispatcher.IDEMPOTENCY_KEY, key.toString());
        return headers;
    }

    private static <T> Timed<T> timed(Supplier<T> call) {
        long started = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - started));
    }

    private record Timed<T>(T value, Duration took) {
    }
}
