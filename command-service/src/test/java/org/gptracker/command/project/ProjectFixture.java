package org.gptracker.command.project;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.FundsDisbursed;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.events.project.OfferDeclined;
import org.gptracker.events.project.OfferWithdrawn;
import org.gptracker.events.project.Outcome;
import org.gptracker.events.project.ProjectClosed;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.SupportKind;
import org.gptracker.events.project.SupportOffered;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builders for project commands and events with sensible defaults; tests change only what matters.
 * The default partnership: Japan, Italy and Canada are members in good standing, Brazil is not a
 * member, presidencies hold the calendar years 2023 (Japan) and 2024 (Italy); 2022 has none.
 */
final class ProjectFixture {

    static final String PROJECT_ID = "5b4f3a2e-1c0d-4e9f-8a7b-6c5d4e3f2a10";
    static final LocalDate PROPOSED_ON = LocalDate.of(2023, 3, 14);
    /** The date later steps take effect on by default, inside the 2023 presidency. */
    static final LocalDate LATER = LocalDate.of(2023, 9, 1);
    static final Integer PRESIDENCY_2023 = 2023;

    static final Country UKRAINE = Country.of("UA");
    static final Member JAPAN = Member.of("JP");
    static final Member ITALY = Member.of("IT");
    static final Member CANADA = Member.of("CA");
    static final Member BRAZIL = Member.of("BR");

    static final String OFFER = "offer-1";
    static final String OTHER_OFFER = "offer-2";
    static final String COMMITMENT = "commitment-1";
    static final String DISBURSEMENT = "disbursement-1";

    private ProjectFixture() {
    }

    static FakeCalendar partnership() {
        LocalDate founded = LocalDate.of(2002, 6, 27);
        return new FakeCalendar()
                .admit(JAPAN, founded).admit(ITALY, founded).admit(CANADA, founded)
                .presidency(2023, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
                .presidency(2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    }

    static AggregateTestFixture<Project> aggregate(FakeCalendar calendar) {
        AggregateTestFixture<Project> fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource(calendar);
        return fixture;
    }

    static Money eur(String amount) {
        return Money.parse(amount, "EUR");
    }

    static Money usd(String amount) {
        return Money.parse(amount, "USD");
    }


    // ---- proposal

    static ProposeProject chornobylProposal() {
        return new ProposeProject(PROJECT_ID, "Rebuild physical protection at the Chornobyl site", null,
                List.of(UKRAINE), CbrnArea.NUCLEAR, List.of("UKRAINE"), eur("2500000.00"),
                List.of(), PROPOSED_ON);
    }

    static ProposeProject withTitle(ProposeProject command, String title) {
        return new ProposeProject(command.projectId(), title, command.description(), command.recipients(), command.area(),
                command.priorities(), command.requestedBudget(), command.expertiseNeeded(), command.effectiveDate());
    }

    static ProposeProject withRecipients(ProposeProject command, String... recipients) {
        return new ProposeProject(command.projectId(), command.title(), command.description(),
                Arrays.stream(recipients).map(Country::of).toList(), command.area(),
                command.priorities(), command.requestedBudget(), command.expertiseNeeded(), command.effectiveDate());
    }

    static ProposeProject proposedOn(ProposeProject command, LocalDate effectiveDate) {
        return new ProposeProject(command.projectId(), command.title(), command.description(), command.recipients(),
                command.area(), command.priorities(), command.requestedBudget(), command.expertiseNeeded(), effectiveDate);
    }

    static ProjectProposed proposed(ProposeProject command) {
        return proposed(command, PRESIDENCY_2023);
    }

    static ProjectProposed proposed(ProposeProject command, Integer presidencyYear) {
        return new ProjectProposed(command.projectId(), command.title(), command.description(), command.recipients(),
                command.area(), command.priorities(), command.requestedBudget(), command.expertiseNeeded(),
                command.effectiveDate(), presidencyYear);
    }

    static ProjectProposed proposed() {
        return proposed(chornobylProposal());
    }

    /** A revision that changes nothing; chain the {@code with…} methods of {@link Revision}. */
    static Revision revision() {
        return new Revision(null, null, null, null, null, null, null, null);
    }

    record Revision(String title, String description, List<Country> recipients, CbrnArea area, List<String> priorities,
                    Money requestedBudget, List<String> expertiseNeeded, LocalDate effectiveDate) {

        Revision withTitle(String value) {
            return new Revision(value, description, recipients, area, priorities, requestedBudget, expertiseNeeded, effectiveDate);
        }

        Revision withArea(CbrnArea value) {
            return new Revision(title, description, recipients, value, priorities, requestedBudget, expertiseNeeded, effectiveDate);
        }

        Revision withBudget(Money value) {
            return new Revision(title, description, recipients, area, priorities, value, expertiseNeeded, effectiveDate);
        }

        ReviseProposal command() {
            return new ReviseProposal(PROJECT_ID, title, description, recipients, area, priorities, requestedBudget,
                    expertiseNeeded, effectiveDate == null ? LATER : effectiveDate);
        }
    }

    // ---- offers

    static OfferSupport offerFunds(String offerId, Member donor, Money amount) {
        return new OfferSupport(PROJECT_ID, offerId, donor, SupportKind.FUNDS, amount, null, LATER);
    }

    static OfferSupport offerExpertise(String offerId, Member donor, Money amount, String... expertise) {
        return new OfferSupport(PROJECT_ID, offerId, donor, SupportKind.EXPERTISE, amount, List.of(expertise), LATER);
    }

    static SupportOffered fundsOffered(String offerId, Member donor, Money amount) {
        return new SupportOffered(PROJECT_ID, offerId, donor, SupportKind.FUNDS, amount, null, LATER, PRESIDENCY_2023);
    }

    static AcceptOffer accept(String offerId) {
        return new AcceptOffer(PROJECT_ID, offerId, LATER);
    }

    static OfferAccepted accepted(String offerId, Member donor) {
        return new OfferAccepted(PROJECT_ID, offerId, donor, LATER, PRESIDENCY_2023);
    }

    static DeclineOffer decline(String offerId, String reason) {
        return new DeclineOffer(PROJECT_ID, offerId, reason, LATER);
    }

    static OfferDeclined declined(String offerId, Member donor, String reason) {
        return new OfferDeclined(PROJECT_ID, offerId, donor, reason, LATER, PRESIDENCY_2023);
    }

    static WithdrawOffer withdraw(String offerId) {
        return new WithdrawOffer(PROJECT_ID, offerId, LATER);
    }

    static OfferWithdrawn withdrawn(String offerId, Member donor) {
        return new OfferWithdrawn(PROJECT_ID, offerId, donor, LATER, PRESIDENCY_2023);
    }

    // ---- money

    static CommitFunding commit(String commitmentId, Member donor, Money amount) {
        return new CommitFunding(PROJECT_ID, commitmentId, donor, amount, LATER);
    }

    static FundingCommitted committed(String commitmentId, Member donor, Money amount) {
        return new FundingCommitted(PROJECT_ID, commitmentId, donor, amount, LATER, PRESIDENCY_2023);
    }

    static DisburseFunds disburse(String disbursementId, Member donor, Money amount) {
        return new DisburseFunds(PROJECT_ID, disbursementId, donor, amount, LATER);
    }

    static FundsDisbursed disbursed(String disbursementId, Member donor, Money amount) {
        return new FundsDisbursed(PROJECT_ID, disbursementId, donor, amount, LATER, PRESIDENCY_2023);
    }

    // ---- closure

    static CloseProject close(Outcome outcome) {
        return new CloseProject(PROJECT_ID, outcome, "Closed for the test", LATER);
    }

    static ProjectClosed closed(Outcome outcome) {
        return new ProjectClosed(PROJECT_ID, outcome, "Closed for the test", LATER, PRESIDENCY_2023);
    }

    // ---- histories

    /** Proposed, then {@code donor}'s offer of {@code amount} was accepted. */
    static List<Object> matchedWith(Member donor, Money amount) {
        return List.of(proposed(), fundsOffered(OFFER, donor, amount), accepted(OFFER, donor));
    }

    /** Matched with {@code donor}, which then committed {@code amount}. */
    static List<Object> fundedBy(Member donor, Money amount) {
        List<Object> history = new ArrayList<>(matchedWith(donor, amount));
        history.add(committed(COMMITMENT, donor, amount));
        return history;
    }

    static List<Object> then(List<Object> history, Object... more) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
