package org.gptracker.query.project;

import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.FundsDisbursed;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.query.ProjectStory;
import org.gptracker.query.project.Offer.OfferState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules by which offers and money flows are kept with their dates. */
class OfferTest {

    private final ProjectStory story = ProjectStory.ofNewProject()
            .proposed("2023-02-01", "KE", CbrnArea.BIOLOGICAL, "1000.00 EUR")
            .offered("2023-03-01", "o1", "CA", "500.00 EUR")
            .outsideAnyPresidency().accepted("2024-03-05", "o1", "CA")
            .declined("2024-03-06", "o1", "CA")
            .offered("2023-03-02", "o2", "JP", null)
            .committed("2023-04-01", "c1", "CA", "300.00 EUR")
            .disbursed("2023-05-01", "d1", "CA", "100.00 EUR");

    @Test
    void anOfferIsOpenFromTheDateItWasMadeUntilDecided() {
        Offer offer = Offer.made(story.event(1), story.envelope(1));

        assertThat(offer.state()).isEqualTo(OfferState.OPEN);
        assertThat(offer.offeredOn()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(offer.offeredPresidency()).isEqualTo(2023);
        assertThat(offer.offeredSequence()).isOne();
        assertThat(offer.amount()).isEqualTo(ProjectStory.money("500.00 EUR"));
        assertThat(offer.kind()).isEqualTo("FUNDS");
        assertThat(offer.decidedOn()).isNull();
    }

    @Test
    void anOfferOfExpertiseOnlyHasNoAmount() {
        Offer offer = Offer.made(story.event(4), story.envelope(4));

        assertThat(offer.kind()).isEqualTo("EXPERTISE");
        assertThat(offer.amount()).isNull();
    }

    @Test
    void aDecisionKeepsItsDatePresidencyAndSequence() {
        Offer offer = Offer.made(story.event(1), story.envelope(1)).decided(OfferState.ACCEPTED, story.event(2), story.envelope(2));

        assertThat(offer.state()).isEqualTo(OfferState.ACCEPTED);
        assertThat(offer.decidedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(offer.decidedPresidency()).isNull();
        assertThat(offer.decidedSequence()).isEqualTo(2);
        assertThat(offer.offeredOn()).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void anOfferAlreadyDecidedCannotBeDecidedAgain() {
        Offer accepted = Offer.made(story.event(1), story.envelope(1)).decided(OfferState.ACCEPTED, story.event(2), story.envelope(2));

        assertThatThrownBy(() -> accepted.decided(OfferState.DECLINED, story.event(3), story.envelope(3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ACCEPTED");
    }

    @Test
    void aCommitmentAndADisbursementAreEachOneFlowWithTheirOwnDate() {
        Flow commitment = Flow.of(story.<FundingCommitted>event(5), story.envelope(5));
        Flow disbursement = Flow.of(story.<FundsDisbursed>event(6), story.envelope(6));

        assertThat(commitment).isEqualTo(new Flow(Flow.Kind.COMMITMENT, "c1", "CA", ProjectStory.money("300.00 EUR"),
                LocalDate.of(2023, 4, 1), 2023, 5));
        assertThat(disbursement).isEqualTo(new Flow(Flow.Kind.DISBURSEMENT, "d1", "CA", ProjectStory.money("100.00 EUR"),
                LocalDate.of(2023, 5, 1), 2023, 6));
    }
}
