package org.gptracker.command.presidency;

import org.gptracker.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gptracker.command.partnership.InMemoryPartnershipCalendar;
import org.gptracker.events.presidency.ChairHandedOver;
import org.gptracker.events.presidency.PresidencyClosed;
import org.gptracker.events.presidency.PresidencyOpened;
import org.gptracker.events.value.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.gptracker.command.Refusals.refused;

/** A presidency's chair may pass to another member part-way (2014: Russia to Germany from June). */
class ChairHandoverTest {

    private static final Member RU = Member.of("RU");
    private static final Member DE = Member.of("DE");
    private static final Member FR = Member.of("FR");
    private static final LocalDate STARTS = LocalDate.parse("2014-01-01");
    private static final LocalDate ENDS = LocalDate.parse("2014-12-31");
    private static final LocalDate JUNE = LocalDate.parse("2014-06-01");

    private AggregateTestFixture<Presidency> presidency;

    @BeforeEach
    void setUp() {
        presidency = new AggregateTestFixture<>(Presidency.class);
        presidency.registerInjectableResource(new InMemoryPartnershipCalendar()
                .admit("RU", "2002-06-27").admit("DE", "2002-06-27").admit("FR", "2002-06-27").suspend("FR", "2014-05-01", null));
    }

    @Test
    void anotherMemberTakesTheChairFromTheGivenDay() {
        presidency.given(openedBy(RU))
                .when(new HandOverChair(2014, DE, JUNE, JUNE))
                .expectEvents(new ChairHandedOver(2014, DE, JUNE, JUNE, 2014));
    }

    @Test
    void aHandoverMustFallAfterThePresidencyStarted() {
        presidency.given(openedBy(RU))
                .when(new HandOverChair(2014, DE, STARTS, JUNE))
                .expectException(refused(Refusal.HANDOVER_OUTSIDE_WINDOW))
                .expectNoEvents();
    }

    @Test
    void aHandoverCannotFallAfterThePresidencyEnds() {
        presidency.given(openedBy(RU))
                .when(new HandOverChair(2014, DE, ENDS.plusDays(1), JUNE))
                .expectException(refused(Refusal.HANDOVER_OUTSIDE_WINDOW))
                .expectNoEvents();
    }

    @Test
    void theChairCannotBeHandedToItself() {
        presidency.given(openedBy(RU), new ChairHandedOver(2014, DE, JUNE, JUNE, 2014))
                .when(new HandOverChair(2014, DE, JUNE.plusMonths(1), JUNE))
                .expectException(refused(Refusal.ALREADY_CHAIR))
                .expectNoEvents();
    }

    @Test
    void theNewChairMustBeAMemberInGoodStandingWhenItTakesOver() {
        presidency.given(openedBy(RU))
                .when(new HandOverChair(2014, FR, JUNE, JUNE))
                .expectException(refused(Refusal.CHAIR_NOT_MEMBER))
                .expectNoEvents();
    }

    @Test
    void aClosedPresidencyCannotChangeChairs() {
        presidency.given(openedBy(RU), new PresidencyClosed(2014, ENDS, 2015, ENDS, 2014))
                .when(new HandOverChair(2014, DE, JUNE, JUNE))
                .expectException(refused(Refusal.PRESIDENCY_CLOSED))
                .expectNoEvents();
    }

    private static PresidencyOpened openedBy(Member chair) {
        return new PresidencyOpened(2014, chair, STARTS, ENDS, List.of(), STARTS, 2014);
    }
}
