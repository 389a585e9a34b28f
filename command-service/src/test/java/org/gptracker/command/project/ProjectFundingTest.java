package org.gptracker.command.project;

import org.gptracker.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.FundsDisbursed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gptracker.command.project.ProjectFixture.CANADA;
import static org.gptracker.command.project.ProjectFixture.COMMITMENT;
import static org.gptracker.command.project.ProjectFixture.DISBURSEMENT;
import static org.gptracker.command.project.ProjectFixture.ITALY;
import static org.gptracker.command.project.ProjectFixture.JAPAN;
import static org.gptracker.command.project.ProjectFixture.OTHER_OFFER;
import static org.gptracker.command.project.ProjectFixture.PROJECT_ID;
import static org.gptracker.command.project.ProjectFixture.accepted;
import static org.gptracker.command.project.ProjectFixture.aggregate;
import static org.gptracker.command.project.ProjectFixture.commit;
import static org.gptracker.command.project.ProjectFixture.committed;
import static org.gptracker.command.project.ProjectFixture.disburse;
import static org.gptracker.command.project.ProjectFixture.disbursed;
import static org.gptracker.command.project.ProjectFixture.eur;
import static org.gptracker.command.project.ProjectFixture.fundedBy;
import static org.gptracker.command.project.ProjectFixture.fundsOffered;
import static org.gptracker.command.project.ProjectFixture.matchedWith;
import static org.gptracker.command.project.ProjectFixture.partnership;
import static org.gptracker.command.project.ProjectFixture.proposed;
import static org.gptracker.command.Refusals.refused;
import static org.gptracker.command.project.ProjectFixture.then;
import static org.gptracker.command.project.ProjectFixture.usd;

/** Committing and disbursing funds. */
class ProjectFundingTest {

    private AggregateTestFixture<Project> project;

    @BeforeEach
    void setUp() {
        project = aggregate(partnership().suspend(CANADA, LocalDate.of(2023, 8, 1), null));
    }

    @Test
    void theFirstCommitmentOfAPartnerFundsTheProject() {
        project.given(matchedWith(JAPAN, eur("1000.00")))
                .when(commit(COMMITMENT, JAPAN, eur("1000.00")))
                .expectEvents(committed(COMMITMENT, JAPAN, eur("1000.00")))
                .expectState(state -> assertThat(state.status()).isEqualTo(ProjectStatus.FUNDED));
    }

    @Test
    void aPartnerMayCommitMoreThanItOffered() {
        project.given(matchedWith(JAPAN, eur("1000.00")))
                .when(commit(COMMITMENT, JAPAN, usd("5000.00")))
                .expectEvents(committed(COMMITMENT, JAPAN, usd("5000.00")));
    }

    @Test
    void cannotCommitFundingFromADonorThatIsNotAPartner() {
        project.given(matchedWith(JAPAN, eur("1000.00")))
                .when(commit(COMMITMENT, ITALY, eur("1000.00")))
                .expectException(refused(Refusal.DONOR_NOT_PARTNER))
                .expectNoEvents();
    }

    @Test
    void cannotCommitFundingFromADonorWhoseOfferIsStillOpen() {
        project.given(proposed(), fundsOffered(OTHER_OFFER, JAPAN, eur("1000.00")))
                .when(commit(COMMITMENT, JAPAN, eur("1000.00")))
                .expectException(refused(Refusal.DONOR_NOT_PARTNER))
                .expectNoEvents();
    }

    @Test
    void cannotCommitFundingFromAPartnerNoLongerInGoodStanding() {
        project.given(matchedWith(CANADA, eur("1000.00")))
                .when(commit(COMMITMENT, CANADA, eur("1000.00")))
                .expectException(refused(Refusal.DONOR_NOT_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotRecordTheSameCommitmentTwice() {
        project.given(fundedBy(JAPAN, eur("1000.00")))
                .when(commit(COMMITMENT, JAPAN, eur("1000.00")))
                .expectException(refused(Refusal.DUPLICATE_COMMITMENT))
                .expectNoEvents();
    }

    @Test
    void aPartnerMayDisburseExactlyWhatItCommitted() {
        project.given(then(fundedBy(JAPAN, eur("1000.00")), disbursed("d-0", JAPAN, eur("400.00"))))
                .when(disburse(DISBURSEMENT, JAPAN, eur("600.00")))
                .expectEvents(disbursed(DISBURSEMENT, JAPAN, eur("600.00")));
    }

    @Test
    void cannotDisburseMoreThanWasCommittedInTotal() {
        project.given(then(fundedBy(JAPAN, eur("1000.00")), disbursed("d-0", JAPAN, eur("400.00"))))
                .when(disburse(DISBURSEMENT, JAPAN, eur("600.01")))
                .expectException(refused(Refusal.DISBURSEMENT_EXCEEDS_COMMITMENT))
                .expectExceptionMessage("Disbursing 600.01 EUR would take JP above what it committed; "
                        + "it may still disburse 600.00 EUR.")
                .expectNoEvents();
    }

    @Test
    void laterCommitmentsRaiseWhatMayBeDisbursed() {
        project.given(then(fundedBy(JAPAN, eur("1000.00")), committed("c-2", JAPAN, eur("500.00"))))
                .when(disburse(DISBURSEMENT, JAPAN, eur("1500.00")))
                .expectEvents(disbursed(DISBURSEMENT, JAPAN, eur("1500.00")));
    }

    @Test
    void cannotDisburseInACurrencyTheDonorNeverCommitted() {
        project.given(fundedBy(JAPAN, eur("1000.00")))
                .when(disburse(DISBURSEMENT, JAPAN, usd("1.00")))
                .expectException(refused(Refusal.DISBURSEMENT_EXCEEDS_COMMITMENT))
                .expectNoEvents();
    }

    @Test
    void oneDonorsCommitmentDoesNotCoverAnotherDonorsDisbursement() {
        project.given(then(fundedBy(JAPAN, eur("1000.00")), fundsOffered(OTHER_OFFER, ITALY, eur("10.00")),
                        accepted(OTHER_OFFER, ITALY)))
                .when(disburse(DISBURSEMENT, ITALY, eur("10.00")))
                .expectException(refused(Refusal.DISBURSEMENT_EXCEEDS_COMMITMENT))
                .expectNoEvents();
    }

    @Test
    void cannotDisburseFromAPartnerNoLongerInGoodStanding() {
        project.given(proposed(), fundsOffered(OTHER_OFFER, CANADA, eur("10.00")), accepted(OTHER_OFFER, CANADA),
                        new FundingCommitted(PROJECT_ID, COMMITMENT, CANADA, eur("10.00"), LocalDate.of(2023, 7, 1), 2023))
                .when(disburse(DISBURSEMENT, CANADA, eur("10.00")))
                .expectException(refused(Refusal.DONOR_NOT_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotRecordTheSameDisbursementTwice() {
        project.given(then(fundedBy(JAPAN, eur("1000.00")), disbursed(DISBURSEMENT, JAPAN, eur("1.00"))))
                .when(disburse(DISBURSEMENT, JAPAN, eur("1.00")))
                .expectException(refused(Refusal.DUPLICATE_DISBURSEMENT))
                .expectNoEvents();
    }

    @Test
    void aDisbursementIsAttributedToThePresidencyOfItsOwnEffectiveDate() {
        LocalDate in2024 = LocalDate.of(2024, 2, 1);
        project.given(fundedBy(JAPAN, eur("1000.00")))
                .when(new DisburseFunds(PROJECT_ID, DISBURSEMENT, JAPAN, eur("1.00"), in2024))
                .expectEvents(new FundsDisbursed(PROJECT_ID, DISBURSEMENT, JAPAN,
                        eur("1.00"), in2024, 2024));
    }
}
