package org.gptracker.command.project;

import org.gptracker.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gptracker.events.project.SupportKind;
import org.gptracker.events.project.SupportOffered;
import org.gptracker.events.value.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gptracker.command.project.ProjectFixture.BRAZIL;
import static org.gptracker.command.project.ProjectFixture.COMMITMENT;
import static org.gptracker.command.project.ProjectFixture.ITALY;
import static org.gptracker.command.project.ProjectFixture.JAPAN;
import static org.gptracker.command.project.ProjectFixture.LATER;
import static org.gptracker.command.project.ProjectFixture.OFFER;
import static org.gptracker.command.project.ProjectFixture.OTHER_OFFER;
import static org.gptracker.command.project.ProjectFixture.PRESIDENCY_2023;
import static org.gptracker.command.project.ProjectFixture.PROJECT_ID;
import static org.gptracker.command.project.ProjectFixture.accept;
import static org.gptracker.command.project.ProjectFixture.accepted;
import static org.gptracker.command.project.ProjectFixture.aggregate;
import static org.gptracker.command.project.ProjectFixture.commit;
import static org.gptracker.command.project.ProjectFixture.decline;
import static org.gptracker.command.project.ProjectFixture.declined;
import static org.gptracker.command.project.ProjectFixture.eur;
import static org.gptracker.command.project.ProjectFixture.fundedBy;
import static org.gptracker.command.project.ProjectFixture.fundsOffered;
import static org.gptracker.command.project.ProjectFixture.matchedWith;
import static org.gptracker.command.project.ProjectFixture.offerExpertise;
import static org.gptracker.command.project.ProjectFixture.offerFunds;
import static org.gptracker.command.project.ProjectFixture.partnership;
import static org.gptracker.command.project.ProjectFixture.proposed;
import static org.gptracker.command.Refusals.refused;
import static org.gptracker.command.project.ProjectFixture.then;
import static org.gptracker.command.project.ProjectFixture.withdraw;
import static org.gptracker.command.project.ProjectFixture.withdrawn;

/** Offering support, and accepting, declining or withdrawing an offer. */
class ProjectOffersTest {

    private static final LocalDate SUSPENDED_SINCE = LocalDate.of(2023, 8, 1);

    private AggregateTestFixture<Project> project;

    @BeforeEach
    void setUp() {
        project = aggregate(partnership().suspend(ITALY, SUSPENDED_SINCE, null));
    }

    @Test
    void aMemberInGoodStandingMayOfferFunds() {
        project.given(proposed())
                .when(offerFunds(OFFER, JAPAN, eur("1000000.00")))
                .expectEvents(fundsOffered(OFFER, JAPAN, eur("1000000.00")));
    }

    @Test
    void theEuropeanUnionMayOfferFundsAsAMemberOrganisation() {
        Member eu = Member.of("EU");

        aggregate(partnership().admit(eu, LocalDate.of(2002, 6, 27))).given(proposed())
                .when(offerFunds(OFFER, eu, eur("2000000.00")))
                .expectEvents(fundsOffered(OFFER, eu, eur("2000000.00")));
    }

    @Test
    void aMemberMayOfferExpertiseAlone() {
        project.given(proposed())
                .when(offerExpertise(OFFER, JAPAN, null, "PHYSICAL_PROTECTION"))
                .expectEvents(new SupportOffered(PROJECT_ID, OFFER, JAPAN, SupportKind.EXPERTISE, null,
                        List.of("PHYSICAL_PROTECTION"), LATER, PRESIDENCY_2023));
    }

    @Test
    void aMemberMayStillOfferSupportOnceTheProjectIsFunded() {
        project.given(fundedBy(JAPAN, eur("1000.00")))
                .when(offerFunds(OTHER_OFFER, JAPAN, eur("500.00")))
                .expectEvents(fundsOffered(OTHER_OFFER, JAPAN, eur("500.00")));
    }

    @Test
    void cannotOfferSupportFromADonorThatIsNotAMember() {
        project.given(proposed())
                .when(offerFunds(OFFER, BRAZIL, eur("1000.00")))
                .expectException(refused(Refusal.DONOR_NOT_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotOfferSupportFromAMemberSuspendedOnTheEffectiveDate() {
        project.given(proposed())
                .when(offerFunds(OFFER, ITALY, eur("1000.00")))
                .expectException(refused(Refusal.DONOR_NOT_MEMBER))
                .expectNoEvents();
    }

    @Test
    void aSuspensionDoesNotReachBackBeforeItsStart() {
        LocalDate beforeSuspension = SUSPENDED_SINCE.minusDays(1);
        project.given(proposed())
                .when(new OfferSupport(PROJECT_ID, OFFER, ITALY, SupportKind.FUNDS, eur("1000.00"), null, beforeSuspension))
                .expectEvents(new SupportOffered(PROJECT_ID, OFFER, ITALY, SupportKind.FUNDS, eur("1000.00"), null,
                        beforeSuspension, PRESIDENCY_2023));
    }

    @Test
    void cannotOfferFundsWithoutAnAmount() {
        project.given(proposed())
                .when(new OfferSupport(PROJECT_ID, OFFER, JAPAN, SupportKind.FUNDS_AND_EXPERTISE, null, List.of("X"), LATER))
                .expectException(refused(Refusal.OFFER_AMOUNT_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cannotAttachAnAmountToAnOfferOfExpertiseAlone() {
        project.given(proposed())
                .when(offerExpertise(OFFER, JAPAN, eur("10.00"), "TRAINING"))
                .expectException(refused(Refusal.OFFER_KIND_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void cannotMakeTheSameOfferTwice() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")))
                .when(offerFunds(OFFER, JAPAN, eur("1000.00")))
                .expectException(refused(Refusal.DUPLICATE_OFFER))
                .expectNoEvents();
    }

    @Test
    void theFirstAcceptedOfferMatchesTheProjectAndMakesItsDonorAPartner() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")))
                .when(accept(OFFER))
                .expectEvents(accepted(OFFER, JAPAN))
                .expectState(state -> assertThat(state.status()).isEqualTo(ProjectStatus.MATCHED));
    }

    @Test
    void acceptingAnotherOfferKeepsAFundedProjectFunded() {
        project.given(then(fundedBy(JAPAN, eur("1000.00")), fundsOffered(OTHER_OFFER, JAPAN, eur("5.00"))))
                .when(accept(OTHER_OFFER))
                .expectEvents(accepted(OTHER_OFFER, JAPAN))
                .expectState(state -> assertThat(state.status()).isEqualTo(ProjectStatus.FUNDED));
    }

    @Test
    void cannotAcceptAnOfferTheProjectNeverReceived() {
        project.given(proposed())
                .when(accept("no-such-offer"))
                .expectException(refused(Refusal.OFFER_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void cannotAcceptAnOfferThatWasWithdrawn() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")), withdrawn(OFFER, JAPAN))
                .when(accept(OFFER))
                .expectException(refused(Refusal.OFFER_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void cannotAcceptAnOfferTwice() {
        project.given(matchedWith(JAPAN, eur("1000.00")))
                .when(accept(OFFER))
                .expectException(refused(Refusal.OFFER_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void anOpenOfferMayBeDeclinedWithAReason() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")))
                .when(decline(OFFER, "Already covered by another donor"))
                .expectEvents(declined(OFFER, JAPAN, "Already covered by another donor"))
                .expectState(state -> assertThat(state.status()).isEqualTo(ProjectStatus.PROPOSED));
    }

    @Test
    void cannotDeclineAnOfferThatWasAlreadyAccepted() {
        project.given(matchedWith(JAPAN, eur("1000.00")))
                .when(decline(OFFER, "Changed our mind"))
                .expectException(refused(Refusal.OFFER_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void cannotDeclineAnOfferTheProjectNeverReceived() {
        project.given(proposed())
                .when(decline("no-such-offer", "?"))
                .expectException(refused(Refusal.OFFER_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void anOpenOfferMayBeWithdrawnByItsDonor() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")))
                .when(withdraw(OFFER))
                .expectEvents(withdrawn(OFFER, JAPAN));
    }

    @Test
    void cannotWithdrawAnOfferThatWasDeclined() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")), declined(OFFER, JAPAN, "No"))
                .when(withdraw(OFFER))
                .expectException(refused(Refusal.OFFER_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void aDonorWhoseOfferWasDeclinedIsNoPartner() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")), declined(OFFER, JAPAN, "No"))
                .when(commit(COMMITMENT, JAPAN, eur("1000.00")))
                .expectException(refused(Refusal.DONOR_NOT_PARTNER))
                .expectNoEvents();
    }
}
