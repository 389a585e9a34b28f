package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** A project with a chain of five events (proposal and four revisions), and the audit API over it. */
abstract class AuditTestBase extends CommandServiceTestBase {

    final ObjectMapper json = new ObjectMapper();

    String projectWithFiveEvents() throws Exception {
        ResponseEntity<String> proposed = post("/api/projects", chornobylProposal());
        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String projectId = json.readTree(proposed.getBody()).get("projectId").asText();
        for (int revision = 1; revision <= 4; revision++) {
            assertThat(post("/api/projects/" + projectId + "/revisions", "{\"title\":\"Physical protection, take " + revision + "\"}")
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        return projectId;
    }

    JsonNode verify(String aggregateId) throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/audit/verify?aggregateId={id}", String.class, aggregateId);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    JsonNode recordDigest() throws Exception {
        ResponseEntity<String> response = post("/api/audit/digests", "");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    String metaData(String aggregateId, long sequence, String field) throws Exception {
        String meta = jdbc.queryForObject("""
                select convert_from(meta_data, 'UTF8') from events.domain_event_entry
                where aggregate_identifier = ? and sequence_number = ?""", String.class, aggregateId, sequence);
        return json.readTree(meta).get(field).asText();
    }

    static void assertBreaks(JsonNode verification, String aggregateId, String reasonsAtSequences) {
        assertThat(verification.get("verified").asBoolean()).isFalse();
        StringBuilder found = new StringBuilder();
        for (JsonNode each : verification.get("breaks")) {
            assertThat(each.get("aggregateId").asText()).isEqualTo(aggregateId);
            assertThat(each.get("aggregateType").asText()).isEqualTo("Project");
            found.append(found.isEmpty() ? "" : ", ").append(each.get("reason").asText()).append('@').append(each.get("sequence").asLong());
        }
        assertThat(found.toString()).isEqualTo(reasonsAtSequences);
    }
}
