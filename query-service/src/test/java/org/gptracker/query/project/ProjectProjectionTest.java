package org.gptracker.query.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gptracker.query.EventRecords.CODEC;
import static org.gptracker.query.EventRecords.PROPOSED_ON;
import static org.gptracker.query.EventRecords.RECORDED_AT;
import static org.gptracker.query.EventRecords.chornobylProposal;
import static org.gptracker.query.EventRecords.envelope;

class ProjectProjectionTest {

    private final String projectId = UUID.randomUUID().toString();
    /** As Spring Boot configures it for the HTTP answers. */
    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void aProposalBecomesAProposedProject() {
        EventEnvelope proposal = consumed(envelope(chornobylProposal(projectId), projectId, 0));

        ProjectRow project = ProjectRow.proposed((ProjectProposed) CODEC.payload(proposal), proposal);

        assertThat(project.projectId()).hasToString(projectId);
        assertThat(project.title()).isEqualTo("Rebuild physical protection at the Chornobyl site");
        assertThat(project.description()).isEqualTo("Fences, sensors and a central alarm station");
        assertThat(project.recipients()).containsExactly("UA");
        assertThat(project.area()).isEqualTo("NUCLEAR");
        assertThat(project.priorities()).containsExactly("UKRAINE");
        assertThat(project.requestedBudget()).isEqualTo(Money.of(new BigDecimal("2500000.00"), "EUR"));
        assertThat(project.expertiseNeeded()).containsExactly("physical protection");
        assertThat(project.status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(project.proposedOn()).isEqualTo(PROPOSED_ON);
        assertThat(project.proposedPresidency()).isEqualTo(2025);
        assertThat(project.version()).isZero();
        assertThat(project.updatedAt()).isEqualTo(RECORDED_AT);
    }

    @Test
    void theAnswerHasTheContractsProjectShape() throws Exception {
        EventEnvelope proposal = consumed(envelope(chornobylProposal(projectId), projectId, 0));
        ProjectRow project = ProjectRow.proposed((ProjectProposed) CODEC.payload(proposal), proposal);

        JsonNode answer = json.readTree(json.writeValueAsString(ProjectView.of(project)));

        assertThat(answer.get("projectId").asText()).isEqualTo(projectId);
        assertThat(answer.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(answer.get("recipients")).hasToString("[\"UA\"]");
        assertThat(answer.get("requestedBudget")).hasToString("{\"amount\":\"2500000.00\",\"currency\":\"EUR\"}");
        assertThat(answer.get("partners")).isEmpty();
        assertThat(answer.get("offers")).isEmpty();
        assertThat(answer.get("committed")).isEmpty();
        assertThat(answer.get("disbursed")).isEmpty();
        assertThat(answer.get("milestones")).hasToString("{\"proposed\":{\"date\":\"2025-03-14\",\"presidency\":2025}}");
        assertThat(answer.get("version").asLong()).isZero();
        assertThat(answer.has("outcome")).isFalse();
    }

    @Test
    void anAmountInACurrencyWithoutMinorUnitsKeepsItsScale() throws Exception {
        ProjectProposed proposal = new ProjectProposed(projectId, "Biosecurity training", null, List.of(Country.of("KE")),
                CbrnArea.BIOLOGICAL, null, Money.of(new BigDecimal("150000000"), "JPY"), null, LocalDate.of(2023, 5, 2), null);
        EventEnvelope envelope = consumed(envelope(proposal, projectId, 0));

        ProjectView answer = ProjectView.of(ProjectRow.proposed((ProjectProposed) CODEC.payload(envelope), envelope));

        assertThat(json.writeValueAsString(answer.requestedBudget())).isEqualTo("{\"amount\":\"150000000\",\"currency\":\"JPY\"}");
        assertThat(json.writeValueAsString(answer.milestones())).isEqualTo("{\"proposed\":{\"date\":\"2023-05-02\",\"presidency\":null}}");
    }

    @Test
    void aProposalOfAnotherAggregateThanItsSubjectIsRefused() {
        EventEnvelope proposal = consumed(envelope(chornobylProposal(projectId), UUID.randomUUID().toString(), 0));

        assertThatThrownBy(() -> ProjectRow.proposed((ProjectProposed) CODEC.payload(proposal), proposal))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageContaining("subject");
    }

    @Test
    void aProjectIdThatIsNotAUuidIsRefused() {
        EventEnvelope proposal = consumed(envelope(chornobylProposal("GP-2025-0001"), "GP-2025-0001", 0));

        assertThatThrownBy(() -> ProjectRow.proposed((ProjectProposed) CODEC.payload(proposal), proposal))
                .isInstanceOf(InvalidEnvelopeException.class).hasMessageContaining("not a UUID");
    }

    /** The envelope as the consumer sees it: written to and read back from the wire. */
    private static EventEnvelope consumed(EventEnvelope published) {
        return CODEC.decode(CODEC.encode(published));
    }
}
