package org.gptracker.benchmarks.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gptracker.events.GpEvent;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.FundsDisbursed;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.events.project.Outcome;
import org.gptracker.events.project.ProjectClosed;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.SupportKind;
import org.gptracker.events.project.SupportOffered;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;
import org.junit.jupiter.api.Test;

/** The rule checker the portfolio test relies on must see a broken lifecycle for what it is. */
class LifecycleRulesTest {

    private static final String ID = "p-1";
    private static final Member CA = Member.of("CA");
    private static final Member JP = Member.of("JP");

    @Test
    void aValidLifecycleBreaksNoRule() {
        assertThat(LifecycleRules.violations(project(validStart()))).isEmpty();
    }

    @Test
    void overdrawingACommitmentIsSeen() {
        List<GpEvent> events = validStart();
        events.add(new FundsDisbursed(ID, "d-2", CA, eur("600000"), date(2023, 8, 1), 2023));
        assertThat(LifecycleRules.violations(project(events))).singleElement().asString().contains("disbursed 1100000.00");
    }

    @Test
    void aCommitmentByADonorWhoIsNotAPartnerIsSeen() {
        List<GpEvent> events = validStart();
        events.add(new FundingCommitted(ID, "c-2", JP, eur("1000"), date(2023, 8, 1), 2023));
        assertThat(LifecycleRules.violations(project(events))).singleElement().asString().contains("without being a partner");
    }

    @Test
    void anythingAfterTheClosureAndDatesGoingBackAreSeen() {
        List<GpEvent> events = validStart();
        events.add(new ProjectClosed(ID, Outcome.COMPLETED, null, date(2023, 12, 1), 2023));
        events.add(new FundsDisbursed(ID, "d-2", CA, eur("1000"), date(2023, 11, 1), 2023));
        assertThat(LifecycleRules.violations(project(events)))
                .anyMatch(v -> v.contains("after the project was closed"))
                .anyMatch(v -> v.contains("before the previous event"));
    }

    @Test
    void aDonorOutOfGoodStandingAndAWrongPresidencyAreSeen() {
        List<GpEvent> events = validStart();
        events.add(new SupportOffered(ID, "o-2", Member.of("RU"), SupportKind.EXPERTISE, null, List.of("TRAINING"),
                date(2023, 8, 1), 2022));
        assertThat(LifecycleRules.violations(project(events)))
                .anyMatch(v -> v.contains("not a member in good standing"))
                .anyMatch(v -> v.contains("presidency 2022 does not hold"));
    }

    private static List<GpEvent> validStart() {
        List<GpEvent> events = new ArrayList<>();
        events.add(new ProjectProposed(ID, "Secure sources", null, List.of(Country.of("UA")), CbrnArea.RADIOLOGICAL, List.of(),
                eur("2000000"), List.of(), date(2023, 3, 1), 2023));
        events.add(new SupportOffered(ID, "o-1", CA, SupportKind.FUNDS, eur("1000000"), null, date(2023, 4, 1), 2023));
        events.add(new OfferAccepted(ID, "o-1", CA, date(2023, 4, 10), 2023));
        events.add(new FundingCommitted(ID, "c-1", CA, eur("1000000"), date(2023, 5, 1), 2023));
        events.add(new FundsDisbursed(ID, "d-1", CA, eur("500000"), date(2023, 6, 1), 2023));
        return events;
    }

    private static GeneratedProject project(List<GpEvent> events) {
        return new GeneratedProject(1, ID, events);
    }

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
