package org.gptracker.command.project;

import org.gptracker.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.value.CbrnArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gptracker.command.project.ProjectFixture.JAPAN;
import static org.gptracker.command.project.ProjectFixture.LATER;
import static org.gptracker.command.project.ProjectFixture.PRESIDENCY_2023;
import static org.gptracker.command.project.ProjectFixture.PROJECT_ID;
import static org.gptracker.command.project.ProjectFixture.aggregate;
import static org.gptracker.command.project.ProjectFixture.chornobylProposal;
import static org.gptracker.command.project.ProjectFixture.eur;
import static org.gptracker.command.project.ProjectFixture.matchedWith;
import static org.gptracker.command.project.ProjectFixture.partnership;
import static org.gptracker.command.project.ProjectFixture.proposed;
import static org.gptracker.command.project.ProjectFixture.proposedOn;
import static org.gptracker.command.Refusals.refused;
import static org.gptracker.command.project.ProjectFixture.revision;
import static org.gptracker.command.project.ProjectFixture.withRecipients;
import static org.gptracker.command.project.ProjectFixture.withTitle;

/** Proposing a project and revising the proposal. */
class ProjectTest {

    private AggregateTestFixture<Project> project;

    @BeforeEach
    void setUp() {
        project = aggregate(partnership());
    }

    @Test
    void aProposalRecordsTheProjectAsProposedWithItsEffectiveDateAndPresidency() {
        project.givenNoPriorActivity()
                .when(chornobylProposal())
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(chornobylProposal(), 2023))
                .expectState(state -> assertThat(state.status()).isEqualTo(ProjectStatus.PROPOSED));
    }

    @Test
    void aProposalIsAttributedToThePresidencyWhoseWindowHoldsItsEffectiveDate() {
        var in2024 = proposedOn(chornobylProposal(), LocalDate.of(2024, 1, 1));
        project.givenNoPriorActivity()
                .when(in2024)
                .expectEvents(proposed(in2024, 2024));
    }

    @Test
    void aProposalOnADateNoPresidencyHoldsCarriesNoPresidency() {
        var in2022 = proposedOn(chornobylProposal(), LocalDate.of(2022, 12, 31));
        project.givenNoPriorActivity()
                .when(in2022)
                .expectEvents(proposed(in2022, null));
    }

    @Test
    void theTitleIsRecordedWithoutSurroundingBlanks() {
        project.givenNoPriorActivity()
                .when(withTitle(chornobylProposal(), "  Chornobyl  "))
                .expectEvents(proposed(withTitle(chornobylProposal(), "Chornobyl")));
    }

    @Test
    void cannotProposeAProjectWithoutATitle() {
        project.givenNoPriorActivity()
                .when(withTitle(chornobylProposal(), " "))
                .expectException(refused(Refusal.TITLE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cannotProposeAProjectWithoutARecipientState() {
        project.givenNoPriorActivity()
                .when(withRecipients(chornobylProposal()))
                .expectException(refused(Refusal.RECIPIENT_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cannotNameTheSameRecipientStateTwice() {
        project.givenNoPriorActivity()
                .when(withRecipients(chornobylProposal(), "MX", "CL", "MX"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Each recipient state may be named only once.")
                .expectNoEvents();
    }

    @Test
    void aProjectMayHaveSeveralRecipientStates() {
        project.givenNoPriorActivity()
                .when(withRecipients(chornobylProposal(), "MX", "CL", "BR"))
                .expectEvents(proposed(withRecipients(chornobylProposal(), "MX", "CL", "BR")));
    }

    @Test
    void aRevisionRecordsOnlyTheFieldsThatChanged() {
        project.given(proposed())
                .when(revision().withTitle("  Chornobyl, phase 2 ").withArea(CbrnArea.NUCLEAR)
                        .withBudget(eur("3000000.00")).command())
                .expectEvents(new ProposalRevised(PROJECT_ID, "Chornobyl, phase 2", null, null, null, null,
                        eur("3000000.00"), null, LATER, PRESIDENCY_2023));
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        project.given(proposed())
                .when(revision().withTitle(chornobylProposal().title()).withBudget(eur("2500000")).command())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRevisedFieldIsComparedWithTheRevisedProposalNotTheOriginal() {
        project.given(proposed(), new ProposalRevised(PROJECT_ID, "Chornobyl", null, null, null, null, null, null,
                        LATER, PRESIDENCY_2023))
                .when(revision().withTitle("Chornobyl").command())
                .expectNoEvents();
    }

    @Test
    void cannotReviseAProposalToHaveNoTitle() {
        project.given(proposed())
                .when(revision().withTitle("  ").command())
                .expectException(refused(Refusal.TITLE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cannotReviseAProposalOnceAnOfferHasBeenAccepted() {
        project.given(matchedWith(JAPAN, eur("1000.00")))
                .when(revision().withTitle("Too late").command())
                .expectException(refused(Refusal.PROPOSAL_NOT_REVISABLE))
                .expectNoEvents();
    }
}
