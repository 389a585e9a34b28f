package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gptracker.query.EventRecords.CODEC;

class ProjectHistoryIT extends QueryServiceTestBase {

    private static final int PARTITION = 5;

    @Test
    void theHistoryIsEveryPublishedEventOfTheProjectOnceInSequenceOrder() throws Exception {
        ProjectStream project = new ProjectStream();
        String offerId = UUID.randomUUID().toString();
        List<EventEnvelope> published = List.of(
                project.next(project.proposal(LocalDate.of(2091, 2, 1), 2091),
                        Instant.parse("2091-02-01T08:15:30.123456Z"), "ke-ministry-of-health", UUID.randomUUID().toString()),
                project.next(project.offer(offerId, "JP", LocalDate.of(2091, 2, 10), 2091),
                        Instant.parse("2091-02-10T09:00:00Z"), "jp-mofa", UUID.randomUUID().toString()),
                project.next(project.acceptance(offerId, "JP", LocalDate.of(2091, 3, 1), 2091),
                        Instant.parse("2091-03-01T10:00:00.5Z"), "ke-ministry-of-health", null),
                project.next(project.commitment("JP", "600000.00", LocalDate.of(2091, 3, 20), 2091),
                        Instant.parse("2091-03-20T11:00:00Z"), "jp-mofa", UUID.randomUUID().toString()),
                // recorded later than it took effect, and outside every presidency window
                project.next(project.disbursement("JP", "250000.00", LocalDate.of(2090, 12, 31), null),
                        Instant.parse("2091-04-02T12:00:00Z"), "jp-mofa", UUID.randomUUID().toString()),
                project.next(project.closure(Outcome.COMPLETED, LocalDate.of(2091, 6, 30), 2091),
                        Instant.parse("2091-06-30T16:45:00Z"), "secretariat", UUID.randomUUID().toString()));

        for (EventEnvelope event : published) {
            publish(PARTITION, project.projectId, CODEC.encode(event));
            if (event.sequence() == 1) {
                publish(PARTITION, project.projectId, CODEC.encode(event));
            }
        }

        JsonNode history = awaitHistory(project.projectId, published.size());
        assertThat(history.get("projectId").asText()).isEqualTo(project.projectId);
        assertThat(history.get("events")).hasSize(published.size());
        for (int i = 0; i < published.size(); i++) {
            assertSameEvent(history.get("events").get(i), published.get(i));
        }
        assertThat(jdbc.queryForObject("select count(*) from read.event_log where aggregate_id = ?", Long.class,
                project.projectId)).isEqualTo(published.size());
    }

    @Test
    void anEventsDataIsShownAsTheTextItWasPublishedWithTheBytesItsHashCovers() throws Exception {
        ProjectStream project = new ProjectStream();
        EventEnvelope proposal = project.next(project.proposal(LocalDate.of(2091, 5, 4), 2091),
                Instant.parse("2091-05-04T09:30:00Z"), "ke-ministry-of-health", UUID.randomUUID().toString());
        String publishedData = CODEC.decode(CODEC.encode(proposal)).data();

        publish(PARTITION, project.projectId, CODEC.encode(proposal));

        awaitHistory(project.projectId, 1);
        assertThat(history(project.projectId).getBody()).contains("\"data\":" + publishedData + ",");
        assertThat(jdbc.queryForObject("select data::text from read.event_log where aggregate_id = ?", String.class,
                project.projectId)).isEqualTo(publishedData);
    }

    @Test
    void aProjectWithoutKnownEventsHasNoHistory() throws Exception {
        ResponseEntity<String> response = history(UUID.randomUUID().toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("type").asText()).isEqualTo("https://gp-tracker.org/problems/not-found");
    }

    @Test
    void aProjectIdThatIsNotAUuidIsAValidationProblem() throws Exception {
        ResponseEntity<String> response = history("GP-2091-0001");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/validation");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("id");
    }

    @Test
    void theApiDocumentsTheHistory() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getBody()).contains("/api/projects/{id}/history");
    }

    /** The history, once the read model has {@code count} events of the project. */
    private JsonNode awaitHistory(String projectId, int count) throws Exception {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            ResponseEntity<String> response = history(projectId);
            return response.getStatusCode() == HttpStatus.OK && json.readTree(response.getBody()).get("events").size() >= count;
        });
        ResponseEntity<String> response = history(projectId);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> history(String projectId) {
        return http.getForEntity("/api/projects/{id}/history", String.class, projectId);
    }

    private static JsonNode readTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every field of the audit trail entry is the published event's, the data exactly as sent. */
    static void assertSameEvent(JsonNode logged, EventEnvelope published) {
        assertThat(logged.get("eventId").asText()).isEqualTo(published.id());
        assertThat(logged.get("sequence").asLong()).isEqualTo(published.sequence());
        assertThat(logged.get("type").asText()).isEqualTo(published.type());
        assertThat(LocalDate.parse(logged.get("effectiveDate").asText())).isEqualTo(published.effectiveDate());
        assertThat(Instant.parse(logged.get("recordedAt").asText())).isEqualTo(published.time());
        assertThat(logged.get("presidency").isNull() ? null : logged.get("presidency").asInt()).isEqualTo(published.presidency());
        assertThat(logged.get("actor").asText()).isEqualTo(published.actor());
        assertThat(logged.get("correlationId").isNull() ? null : logged.get("correlationId").asText())
                .isEqualTo(published.correlationId());
        assertThat(logged.get("data")).isEqualTo(readTree(CODEC.decode(CODEC.encode(published)).data()));
    }
}
