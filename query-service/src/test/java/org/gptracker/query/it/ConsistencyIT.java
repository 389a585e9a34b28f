package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.query.consistency.CommandServiceStandIn;
import org.gptracker.query.consistency.CommandServiceStandIn.StoredAggregate;
import org.gptracker.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.gptracker.query.EventRecords.CODEC;
import static org.gptracker.query.EventRecords.proposed;
import static org.gptracker.query.it.ConsistencyChecks.difference;
import static org.gptracker.query.it.ConsistencyChecks.differences;
import static org.gptracker.query.it.ConsistencyChecks.othersAsProjectedAnd;
import static org.gptracker.query.it.ConsistencyChecks.project;

/**
 * {@code GET /admin/consistency} on real PostgreSQL and Kafka, with the command service stood in for
 * by a real HTTP server answering what the event store holds.
 */
class ConsistencyIT extends QueryServiceTestBase {

    private static final Logger log = LoggerFactory.getLogger(ConsistencyIT.class);
    private static final int PARTITION = 4;
    private static final String AUDITOR = "Bearer " + TestTokens.token("audit", null, "AUDITOR");

    private final CommandServiceStandIn commandService = CommandServiceStandIn.shared();

    @AfterEach
    void commandServiceHoldsNothingAgain() {
        commandService.holds(List.of());
    }

    @Test
    void theReadModelIsConsistentWithTheStoreOnceTheRecordsAreProjected() throws Exception {
        ProjectStream offered = new ProjectStream();
        String offerId = UUID.randomUUID().toString();
        // no presidency: the feeds of other tests' presidencies stay theirs
        List<EventEnvelope> events = List.of(
                offered.next(offered.proposal(LocalDate.of(2088, 2, 1), null), Instant.parse("2088-02-01T09:00:00Z"), "ke", null),
                offered.next(offered.offer(offerId, "JP", LocalDate.of(2088, 2, 3), null), Instant.parse("2088-02-03T09:00:00Z"), "jp", null),
                offered.next(offered.acceptance(offerId, "JP", LocalDate.of(2088, 2, 5), null), Instant.parse("2088-02-05T09:00:00Z"), "ke", null));
        String proposed = UUID.randomUUID().toString();
        for (EventEnvelope event : events) {
            publish(PARTITION, offered.projectId, CODEC.encode(event));
        }
        publish(PARTITION, proposed, proposed(proposed, 0));
        awaitProject(proposed);
        await().atMost(PATIENCE).until(() -> projectVersion(offered.projectId) == 2);
        commandService.holds(othersAsProjectedAnd(jdbc, List.of(project(offered.projectId, 2), project(proposed, 0))));

        JsonNode report = consistency(AUDITOR);

        assertThat(report.get("consistent").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("differences")).isEmpty();
        assertThat(report.get("aggregates").asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from read.aggregate_position", Long.class));
        assertThat(Instant.parse(report.get("checkedAt").asText())).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(commandService.lastAuthorization()).isEqualTo(AUDITOR);
    }

    @Test
    void everyAggregateTheSidesDisagreeOnIsListedWithBothLastSequencesByAggregateId() throws Exception {
        String behind = UUID.randomUUID().toString();
        String unknownToStore = UUID.randomUUID().toString();
        publish(PARTITION, behind, proposed(behind, 0));
        publish(PARTITION, unknownToStore, proposed(unknownToStore, 0));
        awaitProject(behind);
        awaitProject(unknownToStore);
        List<StoredAggregate> store = new ArrayList<>(othersAsProjectedAnd(jdbc, List.of(project(behind, 3))));
        store.removeIf(stored -> stored.aggregateId().equals(unknownToStore));
        store.add(new StoredAggregate("2098", "Presidency", 1));
        commandService.holds(store);

        JsonNode report = consistency(AUDITOR);

        assertThat(report.get("consistent").asBoolean()).isFalse();
        List<String> expected = List.of(
                difference(behind, "Project", "3", "0"),
                difference(unknownToStore, "Project", "null", "0"),
                difference("2098", "Presidency", "1", "null"));
        assertThat(differences(report)).containsExactlyElementsOf(expected.stream().sorted().toList());
    }

    @Test
    void aCommandServiceThatIsDownMakesTheCheckUnavailable() throws Exception {
        commandService.goDown();
        try {
            ResponseEntity<String> response = http.getForEntity("/admin/consistency", String.class);
            JsonNode problem = problem(response, 503);

            assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/unavailable");
            assertThat(problem.get("detail").asText()).contains("command service cannot be reached");
            assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        } finally {
            commandService.comeBack();
        }
    }

    @Test
    void anErrorFromTheCommandServiceMakesTheCheckUnavailable() throws Exception {
        commandService.answers(500, "{\"type\":\"https://gp-tracker.org/problems/internal\",\"status\":500}");

        JsonNode problem = problem(http.getForEntity("/admin/consistency", String.class), 503);

        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/unavailable");
        assertThat(problem.get("detail").asText()).contains("command service answered 500");
    }

    @Test
    void aCommandServiceTooSlowToAnswerIsNotWaitedForBeyondTheReadTimeout() throws Exception {
        commandService.answersAfter(Duration.ofSeconds(30));
        long started = System.nanoTime();

        JsonNode problem = problem(http.getForEntity("/admin/consistency", String.class), 503);

        // the test context's read timeout is 2 s; the margin is for a busy machine, not a figure
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(problem.get("detail").asText()).contains("did not answer in time");
    }

    @Test
    void withoutATokenTheCheckIsUnauthorized() throws Exception {
        ResponseEntity<String> response = get(null);

        problem(response, 401);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void onlyAuditorsAndTheSecretariatMayRunTheCheck() throws Exception {
        for (String reader : List.of(TestTokens.token("view", null, "VIEWER"), TestTokens.token("kyiv", "UA", "RECIPIENT"),
                TestTokens.token("tokyo", "JP", "DONOR"))) {
            assertThat(problem(get("Bearer " + reader), 403).get("type").asText())
                    .isEqualTo("https://gp-tracker.org/problems/forbidden");
            assertThat(commandService.lastAuthorization()).isNotEqualTo("Bearer " + reader);
        }
        String secretariat = "Bearer " + TestTokens.secretariat();
        assertThat(get(secretariat).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(commandService.lastAuthorization()).isEqualTo(secretariat);
    }

    @Test
    void aHundredThousandAggregatesAreComparedInOneCheck() throws Exception {
        String run = "scale-" + UUID.randomUUID() + "-";
        int count = 100_000;
        jdbc.update("""
                insert into read.aggregate_position (aggregate_id, aggregate_type, last_sequence)
                select ? || lpad(n::text, 6, '0'), 'Project', n % 7 from generate_series(0, ? - 1) n""", run, count);
        try {
            List<StoredAggregate> store = new ArrayList<>(othersAsProjectedAnd(jdbc, List.of(project(run + "000100", 9))));
            store.removeIf(stored -> stored.aggregateId().equals(run + "050000"));
            store.add(project(run + "100000", 0));
            commandService.holds(store);
            long started = System.nanoTime();

            JsonNode report = consistency(AUDITOR);

            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info("Consistency check of {} aggregates answered in {} ms", report.get("aggregates").asLong(), millis);
            assertThat(report.get("aggregates").asLong()).isEqualTo(store.size() + 1);
            assertThat(report.get("aggregates").asLong()).isGreaterThan(count);
            assertThat(differences(report)).containsExactly(
                    difference(run + "000100", "Project", "9", "2"),
                    difference(run + "050000", "Project", "null", String.valueOf(50_000 % 7)),
                    difference(run + "100000", "Project", "0", "null"));
        } finally {
            jdbc.update("delete from read.aggregate_position where aggregate_id like ?", run + "%");
        }
    }

    private JsonNode consistency(String authorization) throws Exception {
        ResponseEntity<String> response = get(authorization);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> get(String authorization) {
        HttpHeaders headers = new HttpHeaders();
        if (authorization == null) {
            headers.set(WITHOUT_TOKEN, "true");
        } else {
            headers.set(HttpHeaders.AUTHORIZATION, authorization);
        }
        return http.exchange("/admin/consistency", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private JsonNode problem(ResponseEntity<String> response, int status) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).doesNotContain("Exception", "\tat ", "org.springframework");
        return json.readTree(response.getBody());
    }
}
