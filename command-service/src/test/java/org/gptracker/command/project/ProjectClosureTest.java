package org.gptracker.command.project;

import org.gptracker.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gptracker.events.project.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gptracker.command.project.ProjectFixture.COMMITMENT;
import static org.gptracker.command.project.ProjectFixture.DISBURSEMENT;
import static org.gptracker.command.project.ProjectFixture.JAPAN;
import static org.gptracker.command.project.ProjectFixture.OTHER_OFFER;
import static org.gptracker.command.project.ProjectFixture.accept;
import static org.gptracker.command.project.ProjectFixture.aggregate;
import static org.gptracker.command.project.ProjectFixture.close;
import static org.gptracker.command.project.ProjectFixture.closed;
import static org.gptracker.command.project.ProjectFixture.commit;
import static org.gptracker.command.project.ProjectFixture.decline;
import static org.gptracker.command.project.ProjectFixture.disburse;
import static org.gptracker.command.project.ProjectFixture.eur;
import static org.gptracker.command.project.ProjectFixture.fundedBy;
import static org.gptracker.command.project.ProjectFixture.fundsOffered;
import static org.gptracker.command.project.ProjectFixture.matchedWith;
import static org.gptracker.command.project.ProjectFixture.offerFunds;
import static org.gptracker.command.project.ProjectFixture.partnership;
import static org.gptracker.command.project.ProjectFixture.proposed;
import static org.gptracker.command.Refusals.refused;
import static org.gptracker.command.project.ProjectFixture.revision;
import static org.gptracker.command.project.ProjectFixture.then;
import static org.gptracker.command.project.ProjectFixture.withdraw;

/** Closing a project, and what a closed project refuses. */
class ProjectClosureTest {

    /** An offer still open when the project closed, so that only the closure can refuse acting on it. */
    private static final String OPEN_OFFER = "open-offer";

    private AggregateTestFixture<Project> project;

    @BeforeEach
    void setUp() {
        project = aggregate(partnership());
    }

    @Test
    void aFundedProjectMayBeCompleted() {
        project.given(fundedBy(JAPAN, eur("1000.00")))
                .when(close(Outcome.COMPLETED))
                .expectEvents(closed(Outcome.COMPLETED))
                .expectState(state -> assertThat(state.status()).isEqualTo(ProjectStatus.CLOSED));
    }

    @Test
    void cannotCompleteAProjectThatWasNeverFunded() {
        project.given(matchedWith(JAPAN, eur("1000.00")))
                .when(close(Outcome.COMPLETED))
                .expectException(refused(Refusal.NOT_FUNDED))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"CANCELLED", "WITHDRAWN"})
    void aProposedProjectMayBeCancelledOrWithdrawn(Outcome outcome) {
        project.given(proposed())
                .when(close(outcome))
                .expectEvents(closed(outcome));
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"CANCELLED", "WITHDRAWN"})
    void aFundedProjectMayBeCancelledOrWithdrawn(Outcome outcome) {
        project.given(fundedBy(JAPAN, eur("1000.00")))
                .when(close(outcome))
                .expectEvents(closed(outcome));
    }

    @Test
    void cannotCloseAProjectWithoutAnOutcome() {
        project.given(proposed())
                .when(close(null))
                .expectException(refused(Refusal.OUTCOME_REQUIRED))
                .expectNoEvents();
    }

    /** One command of every kind; the closure refuses each before any other rule is asked. */
    static Stream<Object> everyCommand() {
        return Stream.of(
                revision().withTitle("New title").command(),
                offerFunds(OTHER_OFFER, JAPAN, eur("1.00")),
                accept(OPEN_OFFER),
                decline(OPEN_OFFER, "Too late"),
                withdraw(OPEN_OFFER),
                commit("c-2", JAPAN, eur("1.00")),
                disburse(DISBURSEMENT, JAPAN, eur("1.00")),
                close(Outcome.CANCELLED));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void aClosedProjectRefusesEveryCommand(Object command) {
        project.given(then(fundedBy(JAPAN, eur("1000.00")), fundsOffered(OPEN_OFFER, JAPAN, eur("1.00")), closed(Outcome.WITHDRAWN)))
                .when(command)
                .expectException(refused(Refusal.PROJECT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void aProjectClosedBeforeAnyCommitmentRefusesAFirstCommitment() {
        project.given(then(matchedWith(JAPAN, eur("1000.00")), closed(Outcome.CANCELLED)))
                .when(commit(COMMITMENT, JAPAN, eur("1000.00")))
                .expectException(refused(Refusal.PROJECT_CLOSED))
                .expectNoEvents();
    }
}
