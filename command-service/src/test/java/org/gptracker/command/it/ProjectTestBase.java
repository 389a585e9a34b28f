package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers for the project integration tests: the same shared Spring context, plus project-level reads of the store. */
abstract class ProjectTestBase extends CommandServiceTestBase {

    final ObjectMapper json = new ObjectMapper();

    JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    void admit(String country, String admittedOn) {
        assertThat(post("/api/members", "{\"country\":\"" + country + "\",\"admittedOn\":\"" + admittedOn + "\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    String propose(String effectiveDate) throws Exception {
        ResponseEntity<String> proposed = post("/api/projects", """
                {"title":"Rebuild physical protection at the Chornobyl site","recipients":["UA"],"area":"NUCLEAR",
                 "priorities":["UKRAINE"],"requestedBudget":{"amount":"2500000.00","currency":"EUR"},
                 "effectiveDate":"%s"}""".formatted(effectiveDate));
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return body(proposed).get("projectId").asText();
    }

    String offerFunds(String projectId, String donor, String amount, String effectiveDate) throws Exception {
        ResponseEntity<String> offered = post("/api/projects/" + projectId + "/offers", """
                {"donor":"%s","kind":"FUNDS","amount":{"amount":"%s","currency":"EUR"},"effectiveDate":"%s"}"""
                .formatted(donor, amount, effectiveDate));
        assertThat(offered.getStatusCode()).as(offered.getBody()).isEqualTo(HttpStatus.CREATED);
        return body(offered).get("offerId").asText();
    }

    void assertRefused(ResponseEntity<String> response, String code) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertProblem(response);
        JsonNode problem = body(response);
        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/refused");
        assertThat(problem.get("code").asText()).isEqualTo(code);
    }

    void assertProblem(ResponseEntity<String> response) {
        assertThat(response.getHeaders().getContentType()).satisfies(
                type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        assertThat(response.getBody()).doesNotContain("Exception", "at org.");
    }

    long eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from events.domain_event_entry where aggregate_identifier = ?", Long.class, aggregateId);
    }

    List<String> eventTypesOf(String aggregateId) {
        return jdbc.queryForList("""
                select payload_type from events.domain_event_entry
                where aggregate_identifier = ? order by sequence_number""", String.class, aggregateId);
    }

    List<JsonNode> payloadsOf(String aggregateId, String payloadType) {
        return jdbc.queryForList("""
                        select convert_from(payload, 'UTF8') from events.domain_event_entry
                        where aggregate_identifier = ? and payload_type = ? order by sequence_number""",
                String.class, aggregateId, payloadType).stream().map(this::readTree).toList();
    }

    JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
