package org.gptracker.command.project;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gptracker.command.CommandRefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.gptracker.command.project.ProjectFixture.chornobylProposal;
import static org.gptracker.command.project.ProjectFixture.proposed;
import static org.gptracker.command.project.ProjectFixture.withRecipients;
import static org.gptracker.command.project.ProjectFixture.withTitle;

class ProjectTest {

    private AggregateTestFixture<Project> project;

    @BeforeEach
    void setUp() {
        project = new AggregateTestFixture<>(Project.class);
    }

    @Test
    void aProposalRecordsTheProjectAsProposedWithItsEffectiveDateAndPresidency() {
        project.givenNoPriorActivity()
                .when(chornobylProposal())
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(chornobylProposal()));
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
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void cannotProposeAProjectWithoutARecipientState() {
        project.givenNoPriorActivity()
                .when(withRecipients(chornobylProposal()))
                .expectException(CommandRefusedException.class)
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
}
