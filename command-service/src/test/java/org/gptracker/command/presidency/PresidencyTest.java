package org.gptracker.command.presidency;

import org.gptracker.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gptracker.command.partnership.InMemoryPartnershipCalendar;
import org.gptracker.events.presidency.PresidencyClosed;
import org.gptracker.events.presidency.PresidencyOpened;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.presidency.PriorityDeclared;
import org.gptracker.events.value.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.gptracker.command.Refusals.refused;

class PresidencyTest {

    private static final Member JP = Member.of("JP");
    private static final Member IT = Member.of("IT");
    private static final Member FR = Member.of("FR");
    private static final LocalDate STARTS = LocalDate.parse("2101-01-01");
    private static final LocalDate ENDS = LocalDate.parse("2101-12-31");
    private static final LocalDate TODAY = LocalDate.parse("2100-12-15");
    private static final List<Priority> PRIORITIES = List.of(new Priority("BIOSECURITY_AFRICA", "Biosecurity in Africa"));

    private AggregateTestFixture<Presidency> presidency;
    private InMemoryPartnershipCalendar calendar;

    @BeforeEach
    void setUp() {
        calendar = new InMemoryPartnershipCalendar()
                .admit("JP", "2002-06-27")
                .admit("IT", "2002-06-27").suspend("IT", "2100-06-01", null)
                .admit("FR", "2102-01-01")
                .presidency(2100, "2100-01-01", "2100-12-31");
        presidency = new AggregateTestFixture<>(Presidency.class);
        presidency.registerInjectableResource(calendar);
    }

    @Test
    void openingAPresidencyRecordsItsChairWindowAndPrioritiesUnderItsOwnYear() {
        presidency.givenNoPriorActivity()
                .when(open(2101, JP, STARTS, ENDS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PresidencyOpened(2101, JP, STARTS, ENDS, PRIORITIES, TODAY, 2101));
    }

    @Test
    void theSameYearCannotBeOpenedTwice() {
        presidency.given(opened())
                .when(open(2101, JP, STARTS, ENDS))
                .expectException(refused(Refusal.PRESIDENCY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void theChairMustBeAMemberOnTheFirstDayOfThePresidency() {
        presidency.givenNoPriorActivity()
                .when(open(2101, FR, STARTS, ENDS))
                .expectException(refused(Refusal.CHAIR_NOT_MEMBER))
                .expectNoEvents();
    }

    @Test
    void aSuspendedMemberCannotChairAPresidency() {
        presidency.givenNoPriorActivity()
                .when(open(2101, IT, STARTS, ENDS))
                .expectException(refused(Refusal.CHAIR_NOT_MEMBER))
                .expectNoEvents();
    }

    @Test
    void aPresidencyCannotEndBeforeItStarts() {
        presidency.givenNoPriorActivity()
                .when(open(2101, JP, ENDS, STARTS))
                .expectException(refused(Refusal.INVALID_WINDOW))
                .expectNoEvents();
    }

    @Test
    void aPresidencyMayLastASingleDay() {
        presidency.givenNoPriorActivity()
                .when(open(2101, JP, STARTS, STARTS))
                .expectEvents(new PresidencyOpened(2101, JP, STARTS, STARTS, PRIORITIES, TODAY, 2101));
    }

    @Test
    void aPresidencyWindowMustNotOverlapAnotherPresidency() {
        presidency.givenNoPriorActivity()
                .when(open(2101, JP, LocalDate.parse("2100-12-31"), ENDS))
                .expectException(refused(Refusal.PRESIDENCY_OVERLAP))
                .expectNoEvents();
    }

    @Test
    void aPresidencyMayStartTheDayAfterTheLastOneEnded() {
        presidency.givenNoPriorActivity()
                .when(open(2101, JP, STARTS, ENDS))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aPresidencyCannotNameTheSamePriorityTwiceWhenOpening() {
        presidency.givenNoPriorActivity()
                .when(new OpenPresidency(2101, JP, STARTS, ENDS,
                        List.of(new Priority("UKRAINE", "Ukraine"), new Priority("UKRAINE", "Ukraine again")), TODAY))
                .expectException(refused(Refusal.PRIORITY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void anOpenPresidencyDeclaresAnotherPriority() {
        presidency.given(opened())
                .when(new DeclarePriority(2101, "CHEMICAL_CLIMATE", "Chemical security and climate", STARTS))
                .expectEvents(new PriorityDeclared(2101, "CHEMICAL_CLIMATE", "Chemical security and climate", STARTS, 2101));
    }

    @Test
    void aPriorityCannotBeDeclaredTwice() {
        presidency.given(opened(), new PriorityDeclared(2101, "UKRAINE", "Ukraine", STARTS, 2101))
                .when(new DeclarePriority(2101, "UKRAINE", "Ukraine again", STARTS))
                .expectException(refused(Refusal.PRIORITY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void aPriorityNamedAtTheOpeningCannotBeDeclaredAgain() {
        presidency.given(opened())
                .when(new DeclarePriority(2101, "BIOSECURITY_AFRICA", "Biosecurity", STARTS))
                .expectException(refused(Refusal.PRIORITY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void closingAPresidencyRecordsTheDateAndItsSuccessor() {
        presidency.given(opened())
                .when(new ClosePresidency(2101, ENDS, 2102, ENDS))
                .expectEvents(new PresidencyClosed(2101, ENDS, 2102, ENDS, 2101));
    }

    @Test
    void aPresidencyMayCloseWithoutNamingASuccessor() {
        presidency.given(opened())
                .when(new ClosePresidency(2101, ENDS, null, ENDS))
                .expectEvents(new PresidencyClosed(2101, ENDS, null, ENDS, 2101));
    }

    @Test
    void aPresidencyCannotCloseBeforeItStarted() {
        presidency.given(opened())
                .when(new ClosePresidency(2101, STARTS.minusDays(1), null, ENDS))
                .expectException(refused(Refusal.CLOSED_BEFORE_START))
                .expectNoEvents();
    }

    @Test
    void theSuccessorMustBeALaterPresidency() {
        presidency.given(opened())
                .when(new ClosePresidency(2101, ENDS, 2101, ENDS))
                .expectException(refused(Refusal.SUCCESSOR_NOT_LATER))
                .expectNoEvents();
    }

    @Test
    void aClosedPresidencyDeclaresNoMorePriorities() {
        presidency.given(opened(), closed())
                .when(new DeclarePriority(2101, "LATE", "Too late", ENDS))
                .expectException(refused(Refusal.PRESIDENCY_CLOSED))
                .expectNoEvents();
    }

    @Test
    void aClosedPresidencyCannotBeClosedAgain() {
        presidency.given(opened(), closed())
                .when(new ClosePresidency(2101, ENDS, null, ENDS))
                .expectException(refused(Refusal.PRESIDENCY_CLOSED))
                .expectNoEvents();
    }

    @Test
    void aClosedPresidencyCannotBeOpenedAgain() {
        presidency.given(opened(), closed())
                .when(open(2101, JP, STARTS, ENDS))
                .expectException(refused(Refusal.PRESIDENCY_EXISTS))
                .expectNoEvents();
    }

    private static OpenPresidency open(int year, Member chair, LocalDate startsOn, LocalDate endsOn) {
        return new OpenPresidency(year, chair, startsOn, endsOn, PRIORITIES, TODAY);
    }

    private static PresidencyOpened opened() {
        return new PresidencyOpened(2101, JP, STARTS, ENDS, PRIORITIES, TODAY, 2101);
    }

    private static PresidencyClosed closed() {
        return new PresidencyClosed(2101, ENDS, 2102, ENDS, 2101);
    }
}
