package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gptracker.query.EventRecords.proposed;

class ProjectQueryIT extends QueryServiceTestBase {

    private static final int PARTITION = 0;

    @Test
    void aProposalOnTheEventLogIsAnsweredAtItsProjectUrl() throws Exception {
        String projectId = UUID.randomUUID().toString();

        publish(PARTITION, projectId, proposed(projectId, 0));

        JsonNode project = awaitProject(projectId);
        assertThat(getProject(projectId).getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(project.get("projectId").asText()).isEqualTo(projectId);
        assertThat(project.get("title").asText()).isEqualTo("Rebuild physical protection at the Chornobyl site");
        assertThat(project.get("description").asText()).isEqualTo("Fences, sensors and a central alarm station");
        assertThat(project.get("recipients")).hasToString("[\"UA\"]");
        assertThat(project.get("area").asText()).isEqualTo("NUCLEAR");
        assertThat(project.get("priorities")).hasToString("[\"UKRAINE\"]");
        assertThat(project.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(project.get("requestedBudget")).hasToString("{\"amount\":\"2500000.00\",\"currency\":\"EUR\"}");
        assertThat(project.get("partners")).isEmpty();
        assertThat(project.get("offers")).isEmpty();
        assertThat(project.get("committed")).isEmpty();
        assertThat(project.get("disbursed")).isEmpty();
        assertThat(project.get("milestones")).hasToString("{\"proposed\":{\"date\":\"2025-03-14\",\"presidency\":2025}}");
        assertThat(project.get("version").asLong()).isZero();
    }

    @Test
    void theSameRecordDeliveredTwiceChangesNothing() throws Exception {
        String projectId = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        byte[] proposal = proposed(projectId, 0);
        double duplicatesBefore = count("gp.projection.duplicates");

        publish(PARTITION, projectId, proposal);
        publish(PARTITION, projectId, proposal);
        // a record behind both on the same partition: once it is visible, the redelivery was handled
        publish(PARTITION, later, proposed(later, 0));
        awaitProject(later);

        assertThat(jdbc.queryForObject("select count(*) from read.project where project_id = ?::uuid", Long.class, projectId))
                .isOne();
        assertThat(projectVersion(projectId)).isZero();
        assertThat(lastAppliedSequence(projectId)).isZero();
        assertThat(awaitProject(projectId).get("version").asLong()).isZero();
        assertThat(count("gp.projection.duplicates")).isGreaterThanOrEqualTo(duplicatesBefore + 1);
    }
}
