package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.testsupport.TestTokens;
import org.gptracker.testsupport.TopicReader;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.ProjectProposed;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalIT extends CommandServiceTestBase {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aProposalIsStoredAsReadableJsonAndPublishedAsACloudEvent() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Correlation-Id", "req-42");
        headers.setBearerAuth(TestTokens.token("olena.k", "UA", "RECIPIENT"));

        ResponseEntity<String> response = post("/api/projects", chornobylProposal(), headers);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String projectId = json.readTree(response.getBody()).get("projectId").asText();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/projects/" + projectId);

        Map<String, Object> row = jdbc.queryForMap("""
                select event_identifier, sequence_number, type, payload_type, payload_revision,
                       convert_from(payload, 'UTF8') as payload,
                       convert_from(meta_data, 'UTF8') as meta_data
                from events.domain_event_entry where aggregate_identifier = ?""", projectId);
        JsonNode payload = json.readTree((String) row.get("payload"));
        assertThat(payload.get("title").asText()).isEqualTo("Rebuild physical protection at the Chornobyl site");
        assertThat(payload.get("requestedBudget").get("amount").asText()).isEqualTo("2500000.00");
        assertThat(json.readTree((String) row.get("meta_data")).get("correlationId").asText()).isEqualTo("req-42");
        String actorRef = json.readTree((String) row.get("meta_data")).get("actorRef").asText();
        assertThat(json.readTree((String) row.get("meta_data")).has("actor")).isFalse();
        assertThat(jdbc.queryForObject("select sub from events.actor where actor_ref = ?", String.class, actorRef))
                .isEqualTo("olena.k");
        assertThat(json.readTree((String) row.get("meta_data")).has("actingFor")).isFalse();
        assertThat(row.get("sequence_number")).isEqualTo(0L);
        assertThat(row.get("type")).isEqualTo("Project");
        assertThat(row.get("payload_type")).isEqualTo("gp.project.ProjectProposed");
        assertThat(row.get("payload_revision")).isEqualTo("1");
        assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class)).isZero();

        try (TopicReader topic = new TopicReader(bootstrapServers(), TOPIC)) {
            List<ConsumerRecord<String, byte[]>> records = topic.readUntil(
                    seen -> seen.stream().anyMatch(r -> projectId.equals(r.key())), Duration.ofSeconds(15));
            ConsumerRecord<String, byte[]> record = records.stream().filter(r -> projectId.equals(r.key())).findFirst().orElseThrow();

            JsonNode cloudEvent = json.readTree(record.value());
            assertThat(cloudEvent.get("specversion").asText()).isEqualTo("1.0");
            assertThat(cloudEvent.get("id").asText()).isEqualTo(row.get("event_identifier"));
            assertThat(cloudEvent.get("type").asText()).isEqualTo("gp.project.ProjectProposed.v1");
            assertThat(cloudEvent.get("subject").asText()).isEqualTo(projectId);
            assertThat(cloudEvent.get("sequence").asLong()).isZero();
            assertThat(cloudEvent.get("effectivedate").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
            assertThat(cloudEvent.get("actor").asText()).isEqualTo("olena.k");
            assertThat(cloudEvent.get("actorref").asText()).isEqualTo(actorRef);
            assertThat(cloudEvent.get("prevhash").asText()).isEqualTo("0".repeat(64));
            assertThat(cloudEvent.get("hash").asText()).isEqualTo(json.readTree((String) row.get("meta_data")).get("hash").asText());
            assertThat(cloudEvent.get("correlationid").asText()).isEqualTo("req-42");
            assertThat(cloudEvent.get("aggregatetype").asText()).isEqualTo("Project");

            EventEnvelope envelope = EnvelopeCodec.standard().decode(record.value());
            ProjectProposed event = (ProjectProposed) EnvelopeCodec.standard().payload(envelope);
            assertThat(event.projectId()).isEqualTo(projectId);
            assertThat(event.recipients()).extracting(c -> c.code()).containsExactly("UA");
        }
    }

    @Test
    void anInvalidProposalNamesEveryBadFieldAndStoresNothing() throws Exception {
        long before = storedEvents();

        ResponseEntity<String> response = post("/api/projects",
                "{\"title\":\"\",\"recipients\":[\"XX\"],\"requestedBudget\":{\"amount\":\"-1\",\"currency\":\"EURO\"}}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).satisfies(ProposalIT::isProblemJson);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/validation");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "title", "recipients[0]", "area", "requestedBudget.amount", "requestedBudget.currency");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsAClearProblemWithoutInternals() throws Exception {
        ResponseEntity<String> response = post("/api/projects", "{\"title\": ");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).satisfies(ProposalIT::isProblemJson);
        assertThat(json.readTree(response.getBody()).get("type").asText()).endsWith("/malformed-request");
        assertThat(response.getBody()).doesNotContain("Exception", "at org.", "jackson");
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        ResponseEntity<String> response = post("/api/projects", chornobylProposal().replace("\"title\"", "\"titel\":\"x\",\"title\""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).containsExactly("titel");
    }

    @Test
    void aFieldOfTheWrongShapeIsNamed() throws Exception {
        ResponseEntity<String> response = post("/api/projects", chornobylProposal().replace("[\"UA\"]", "\"UA\""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("recipients");
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String huge = chornobylProposal().replace("\"title\":", "\"description\":\"" + "x".repeat(1_100_000) + "\",\"title\":");
        long before = storedEvents();

        ResponseEntity<String> response = post("/api/projects", huge);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType()).satisfies(ProposalIT::isProblemJson);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownPathsAndWrongMediaTypesAreProblemsToo() {
        ResponseEntity<String> notFound = http.getForEntity("/api/nothing-here", String.class);
        assertThat(notFound.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(notFound.getHeaders().getContentType()).satisfies(ProposalIT::isProblemJson);

        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        ResponseEntity<String> unsupported = http.postForEntity("/api/projects",
                new org.springframework.http.HttpEntity<>("hello", text), String.class);
        assertThat(unsupported.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(unsupported.getHeaders().getContentType()).satisfies(ProposalIT::isProblemJson);
    }

    @Test
    void healthAndOpenApiAreServed() {
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("\"UP\"");
        assertThat(http.getForEntity("/v3/api-docs", String.class).getBody()).contains("/api/projects");
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static void isProblemJson(MediaType type) {
        assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("%s is problem+json", type).isTrue();
    }
}
