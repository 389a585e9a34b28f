package org.gptracker.command.project;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gptracker.command.AccessRefusedException;
import org.gptracker.command.eventstore.CommandMetadata;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.value.Country;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.gptracker.command.project.ProjectFixture.JAPAN;
import static org.gptracker.command.project.ProjectFixture.LATER;
import static org.gptracker.command.project.ProjectFixture.OFFER;
import static org.gptracker.command.project.ProjectFixture.PRESIDENCY_2023;
import static org.gptracker.command.project.ProjectFixture.PROJECT_ID;
import static org.gptracker.command.project.ProjectFixture.UKRAINE;
import static org.gptracker.command.project.ProjectFixture.accept;
import static org.gptracker.command.project.ProjectFixture.accepted;
import static org.gptracker.command.project.ProjectFixture.aggregate;
import static org.gptracker.command.project.ProjectFixture.decline;
import static org.gptracker.command.project.ProjectFixture.declined;
import static org.gptracker.command.project.ProjectFixture.eur;
import static org.gptracker.command.project.ProjectFixture.fundsOffered;
import static org.gptracker.command.project.ProjectFixture.partnership;
import static org.gptracker.command.project.ProjectFixture.proposed;
import static org.gptracker.command.project.ProjectFixture.revision;
import static org.gptracker.command.project.ProjectFixture.withdraw;
import static org.gptracker.command.project.ProjectFixture.withdrawn;

/**
 * A recipient or donor acts only for its own state (DESIGN §6). The command carries the state its
 * sender's token acts for; the secretariat's commands carry none and are not confined.
 */
class ProjectAccessTest {

    private AggregateTestFixture<Project> project;

    @BeforeEach
    void setUp() {
        project = aggregate(partnership());
    }

    private static Map<String, ?> actingFor(String country) {
        return Map.of(CommandMetadata.ACTING_FOR, country);
    }

    @Test
    void aRecipientOfTheProjectMayAcceptAnOfferOnIt() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")))
                .when(accept(OFFER), actingFor("UA"))
                .expectEvents(accepted(OFFER, JAPAN));
    }

    @Test
    void aStateThatDoesNotReceiveTheProjectCannotAcceptItsOffers() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")))
                .when(accept(OFFER), actingFor("MD"))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aStateThatDoesNotReceiveTheProjectCannotDeclineItsOffers() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")))
                .when(decline(OFFER, "no"), actingFor("MD"))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aRecipientOfTheProjectMayDeclineAnOfferOnIt() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")))
                .when(decline(OFFER, "covered"), actingFor("UA"))
                .expectEvents(declined(OFFER, JAPAN, "covered"));
    }

    @Test
    void aScopedTokenNamingNoStateCannotAcceptAnything() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")))
                .when(accept(OFFER), actingFor(""))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aStateThatDoesNotReceiveTheProjectCannotReviseIt() {
        project.given(proposed())
                .when(revision().withTitle("Another title").command(), actingFor("MD"))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aRecipientCannotReviseItselfOutOfTheRecipients() {
        ReviseProposal handOver = new ReviseProposal(PROJECT_ID, null, null, List.of(Country.of("MD")), null, null, null,
                null, LATER);

        project.given(proposed())
                .when(handOver, actingFor("UA"))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aRecipientMayReviseItsOwnProposal() {
        project.given(proposed())
                .when(revision().withTitle("Physical protection, phase two").command(), actingFor(UKRAINE.code()))
                .expectEvents(new ProposalRevised(PROJECT_ID, "Physical protection, phase two", null, null, null, null,
                        null, null, LATER, PRESIDENCY_2023));
    }

    @Test
    void theDonorWhoMadeAnOfferMayWithdrawIt() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")))
                .when(withdraw(OFFER), actingFor("JP"))
                .expectEvents(withdrawn(OFFER, JAPAN));
    }

    @Test
    void anotherDonorCannotWithdrawSomeoneElsesOffer() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")))
                .when(withdraw(OFFER), actingFor("CA"))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void theSecretariatIsNotConfinedToAState() {
        project.given(proposed(), fundsOffered(OFFER, JAPAN, eur("1000.00")))
                .when(accept(OFFER))
                .expectEvents(accepted(OFFER, JAPAN));
    }
}
