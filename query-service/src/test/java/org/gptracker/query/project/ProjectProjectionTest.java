package org.gptracker.query.project;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.events.project.Outcome;
import org.gptracker.events.project.ProjectClosed;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;
import org.gptracker.query.ProjectStory;
import org.gptracker.query.project.ProjectRow.Milestone;
import org.junit.jupiter.api.Test;

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

/** The rules by which each project event turns the project row into the next one. */
class ProjectProjectionTest {

    private final String projectId = UUID.randomUUID().toString();

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
        assertThat(project.outcome()).isNull();
        assertThat(project.proposedOn()).isEqualTo(PROPOSED_ON);
        assertThat(project.proposedPresidency()).isEqualTo(2025);
        assertThat(project.matched()).isNull();
        assertThat(project.funded()).isNull();
        assertThat(project.closed()).isNull();
        assertThat(project.version()).isZero();
        assertThat(project.updatedAt()).isEqualTo(RECORDED_AT);
    }

    @Test
    void aRevisionChangesOnlyTheFieldsItCarries() {
        ProjectStory story = ProjectStory.of(projectId)
                .proposed("2023-02-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR", "BIOSECURITY_AFRICA")
                .revised(new ProposalRevised(projectId, "Mobile laboratories", null, List.of(Country.of("KE"), Country.of("TZ")),
                        null, null, ProjectStory.money("1200.00 EUR"), null, LocalDate.of(2023, 2, 10), 2023));

        ProjectRow project = replay(story);

        assertThat(project.title()).isEqualTo("Mobile laboratories");
        assertThat(project.recipients()).containsExactly("KE", "TZ");
        assertThat(project.requestedBudget()).isEqualTo(ProjectStory.money("1200.00 EUR"));
        assertThat(project.description()).isEqualTo("Proposed by KE");
        assertThat(project.area()).isEqualTo("BIOLOGICAL");
        assertThat(project.priorities()).containsExactly("BIOSECURITY_AFRICA");
        assertThat(project.expertiseNeeded()).containsExactly("training");
        assertThat(project.status()).isEqualTo(ProjectStatus.PROPOSED);
        assertThat(project.version()).isOne();
    }

    @Test
    void theFirstAcceptedOfferMatchesTheProjectOnItsDateUnderItsPresidency() {
        ProjectStory story = proposedIn2023()
                .offered("2023-03-01", "o1", "CA", "500.00 EUR")
                .accepted("2023-03-05", "o1", "CA");

        ProjectRow project = replay(story);

        assertThat(project.status()).isEqualTo(ProjectStatus.MATCHED);
        assertThat(project.matched()).isEqualTo(new Milestone(LocalDate.of(2023, 3, 5), 2023));
        assertThat(project.version()).isEqualTo(2);
    }

    @Test
    void aLaterAcceptanceLeavesTheMatchedMilestoneWhereItWas() {
        ProjectStory story = proposedIn2023()
                .offered("2023-03-01", "o1", "CA", "500.00 EUR")
                .offered("2023-03-02", "o2", "DE", "700.00 EUR")
                .accepted("2023-03-05", "o1", "CA")
                .accepted("2024-01-10", "o2", "DE");

        ProjectRow project = replay(story);

        assertThat(project.status()).isEqualTo(ProjectStatus.MATCHED);
        assertThat(project.matched()).isEqualTo(new Milestone(LocalDate.of(2023, 3, 5), 2023));
    }

    @Test
    void aBackDatedAcceptanceMovesTheMatchedMilestoneToItsEarlierDateAndPresidency() {
        ProjectStory story = ProjectStory.of(projectId)
                .proposed("2022-11-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR")
                .offered("2022-11-02", "o1", "CA", "500.00 EUR")
                .offered("2022-11-03", "o2", "DE", "700.00 EUR")
                .accepted("2023-01-20", "o1", "CA")
                .accepted("2022-12-15", "o2", "DE");

        ProjectRow project = replay(story);

        assertThat(project.matched()).isEqualTo(new Milestone(LocalDate.of(2022, 12, 15), 2022));
        assertThat(project.status()).isEqualTo(ProjectStatus.MATCHED);
        assertThat(project.version()).isEqualTo(4);
    }

    @Test
    void theFirstCommitmentFundsTheProject() {
        ProjectStory story = matchedIn2023().committed("2023-04-01", "c1", "CA", "300.00 EUR");

        ProjectRow project = replay(story);

        assertThat(project.status()).isEqualTo(ProjectStatus.FUNDED);
        assertThat(project.funded()).isEqualTo(new Milestone(LocalDate.of(2023, 4, 1), 2023));
    }

    @Test
    void aBackDatedCommitmentMovesTheFundedMilestoneEarlier() {
        ProjectStory story = matchedIn2023()
                .committed("2023-09-01", "c1", "CA", "300.00 EUR")
                .committed("2023-06-30", "c2", "CA", "100.00 EUR");

        ProjectRow project = replay(story);

        assertThat(project.funded()).isEqualTo(new Milestone(LocalDate.of(2023, 6, 30), 2023));
        assertThat(project.status()).isEqualTo(ProjectStatus.FUNDED);
    }

    @Test
    void anAcceptanceAfterFundingLeavesTheProjectFunded() {
        ProjectStory story = matchedIn2023()
                .committed("2023-04-01", "c1", "CA", "300.00 EUR")
                .offered("2023-05-01", "o2", "JP", null)
                .accepted("2023-05-02", "o2", "JP");

        ProjectRow project = replay(story);

        assertThat(project.status()).isEqualTo(ProjectStatus.FUNDED);
        assertThat(project.matched()).isEqualTo(new Milestone(LocalDate.of(2023, 3, 5), 2023));
    }

    @Test
    void aClosureClosesTheProjectWithItsOutcomeOnItsDate() {
        ProjectStory story = matchedIn2023()
                .committed("2023-04-01", "c1", "CA", "300.00 EUR")
                .closed("2024-02-29", Outcome.COMPLETED);

        ProjectRow project = replay(story);

        assertThat(project.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(project.outcome()).isEqualTo("COMPLETED");
        assertThat(project.closed()).isEqualTo(new Milestone(LocalDate.of(2024, 2, 29), 2024));
        assertThat(project.funded()).isEqualTo(new Milestone(LocalDate.of(2023, 4, 1), 2023));
    }

    @Test
    void aMilestoneOutsideAnyPresidencyHasNone() {
        ProjectStory story = proposedIn2023()
                .offered("2023-03-01", "o1", "CA", "500.00 EUR")
                .outsideAnyPresidency().accepted("2023-03-05", "o1", "CA");

        assertThat(replay(story).matched()).isEqualTo(new Milestone(LocalDate.of(2023, 3, 5), null));
    }

    @Test
    void offersDeclinesWithdrawalsAndDisbursementsAdvanceTheVersionAndNothingElse() {
        ProjectStory story = matchedIn2023().committed("2023-04-01", "c1", "CA", "300.00 EUR");
        ProjectRow funded = replay(story);
        story.offered("2023-05-01", "o2", "JP", "100 JPY").declined("2023-05-02", "o2", "JP")
                .offered("2023-05-03", "o3", "IT", null).withdrawn("2023-05-04", "o3", "IT")
                .disbursed("2023-06-01", "d1", "CA", "100.00 EUR");

        ProjectRow project = replay(story);

        assertThat(project.version()).isEqualTo(story.size() - 1);
        assertThat(project).usingRecursiveComparison().ignoringFields("version", "updatedAt").isEqualTo(funded);
    }

    @Test
    void anEventOfAnotherProjectIsRefused() {
        ProjectRow project = replay(proposedIn2023());
        ProjectStory other = ProjectStory.ofNewProject()
                .proposed("2023-02-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR")
                .offered("2023-03-01", "o1", "CA", "500.00 EUR")
                .accepted("2023-03-05", "o1", "CA");

        assertThatThrownBy(() -> project.accepted(other.event(2), other.envelope(2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(other.projectId());
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

    private ProjectStory proposedIn2023() {
        return ProjectStory.of(projectId).proposed("2023-02-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR");
    }

    private ProjectStory matchedIn2023() {
        return proposedIn2023().offered("2023-03-01", "o1", "CA", "500.00 EUR").accepted("2023-03-05", "o1", "CA");
    }

    /** The row after every event of the story, applied in order as the handlers do. */
    static ProjectRow replay(ProjectStory story) {
        ProjectRow project = ProjectRow.proposed(story.event(0), story.envelope(0));
        for (int sequence = 1; sequence < story.size(); sequence++) {
            project = next(project, story.event(sequence), story.envelope(sequence));
        }
        return project;
    }

    /** What the event's handler does to the row. */
    private static ProjectRow next(ProjectRow project, GpEvent event, EventEnvelope envelope) {
        if (event instanceof ProposalRevised revised) {
            return project.revised(revised, envelope);
        }
        if (event instanceof OfferAccepted accepted) {
            return project.accepted(accepted, envelope);
        }
        if (event instanceof FundingCommitted committed) {
            return project.committed(committed, envelope);
        }
        if (event instanceof ProjectClosed closed) {
            return project.closed(closed, envelope);
        }
        return project.recorded(envelope.subject(), envelope);
    }

    /** The envelope as the consumer sees it: written to and read back from the wire. */
    private static EventEnvelope consumed(EventEnvelope published) {
        return CODEC.decode(CODEC.encode(published));
    }
}
