package org.gptracker.command.membership;

import org.gptracker.command.Refusal;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gptracker.command.partnership.InMemoryPartnershipCalendar;
import org.gptracker.events.membership.MemberAdmitted;
import org.gptracker.events.membership.MemberReinstated;
import org.gptracker.events.membership.MemberSuspended;
import org.gptracker.events.value.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.gptracker.command.Refusals.refused;

class MembershipTest {

    private static final Member JP = Member.of("JP");
    private static final LocalDate ADMITTED = LocalDate.parse("2002-06-27");
    private static final LocalDate DAY = LocalDate.parse("2101-03-14");

    private AggregateTestFixture<Membership> membership;

    @BeforeEach
    void setUp() {
        membership = new AggregateTestFixture<>(Membership.class);
        membership.registerInjectableResource(new InMemoryPartnershipCalendar().presidency(2101, "2101-01-01", "2101-12-31"));
    }

    @Test
    void admittingAStateRecordsItsAdmissionUnderThePresidencyOfTheEffectiveDate() {
        membership.givenNoPriorActivity()
                .when(new AdmitMember(JP, ADMITTED, DAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MemberAdmitted(JP, ADMITTED, DAY, 2101));
    }

    @Test
    void theEuropeanUnionIsAdmittedAsAMemberOrganisation() {
        Member eu = Member.of("EU");

        membership.givenNoPriorActivity()
                .when(new AdmitMember(eu, ADMITTED, DAY))
                .expectEvents(new MemberAdmitted(eu, ADMITTED, DAY, 2101));
    }

    @Test
    void anEventOutsideEveryPresidencyWindowHasNoPresidency() {
        membership.givenNoPriorActivity()
                .when(new AdmitMember(JP, ADMITTED, ADMITTED))
                .expectEvents(new MemberAdmitted(JP, ADMITTED, ADMITTED, null));
    }

    @Test
    void aMemberCannotBeAdmittedTwice() {
        membership.given(admitted())
                .when(new AdmitMember(JP, DAY, DAY))
                .expectException(refused(Refusal.ALREADY_MEMBER))
                .expectNoEvents();
    }

    @Test
    void aMemberIsSuspendedFromTheGivenDateForTheGivenReason() {
        membership.given(admitted())
                .when(new SuspendMember(JP, DAY, "  arrears  ", DAY))
                .expectEvents(new MemberSuspended(JP, DAY, "arrears", DAY, 2101));
    }

    @Test
    void aStateThatWasNeverAdmittedCannotBeSuspended() {
        membership.givenNoPriorActivity()
                .when(new SuspendMember(JP, DAY, "arrears", DAY))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aSuspendedMemberCannotBeSuspendedAgain() {
        membership.given(admitted(), suspended())
                .when(new SuspendMember(JP, DAY.plusDays(1), "arrears", DAY))
                .expectException(refused(Refusal.ALREADY_SUSPENDED))
                .expectNoEvents();
    }

    @Test
    void aMemberCannotBeSuspendedFromBeforeItsAdmission() {
        membership.given(admitted())
                .when(new SuspendMember(JP, ADMITTED.minusDays(1), "arrears", DAY))
                .expectException(refused(Refusal.SUSPENDED_BEFORE_ADMISSION))
                .expectNoEvents();
    }

    @Test
    void aSuspensionNeedsAReason() {
        membership.given(admitted())
                .when(new SuspendMember(JP, DAY, " ", DAY))
                .expectException(refused(Refusal.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aSuspendedMemberIsReinstatedFromTheGivenDate() {
        membership.given(admitted(), suspended())
                .when(new ReinstateMember(JP, DAY.plusMonths(1), DAY))
                .expectEvents(new MemberReinstated(JP, DAY.plusMonths(1), DAY, 2101));
    }

    @Test
    void aMemberInGoodStandingCannotBeReinstated() {
        membership.given(admitted())
                .when(new ReinstateMember(JP, DAY, DAY))
                .expectException(refused(Refusal.NOT_SUSPENDED))
                .expectNoEvents();
    }

    @Test
    void aReinstatedMemberCannotBeReinstatedAgain() {
        membership.given(admitted(), suspended(), new MemberReinstated(JP, DAY.plusDays(10), DAY, 2101))
                .when(new ReinstateMember(JP, DAY.plusDays(20), DAY))
                .expectException(refused(Refusal.NOT_SUSPENDED))
                .expectNoEvents();
    }

    @Test
    void aMemberCannotBeReinstatedFromBeforeItsSuspension() {
        membership.given(admitted(), suspended())
                .when(new ReinstateMember(JP, DAY.minusDays(1), DAY))
                .expectException(refused(Refusal.REINSTATED_BEFORE_SUSPENSION))
                .expectNoEvents();
    }

    @Test
    void aReinstatedMemberMayBeSuspendedAgain() {
        membership.given(admitted(), suspended(), new MemberReinstated(JP, DAY.plusDays(10), DAY, 2101))
                .when(new SuspendMember(JP, DAY.plusDays(20), "arrears again", DAY))
                .expectEvents(new MemberSuspended(JP, DAY.plusDays(20), "arrears again", DAY, 2101));
    }

    private static MemberAdmitted admitted() {
        return new MemberAdmitted(JP, ADMITTED, ADMITTED, null);
    }

    private static MemberSuspended suspended() {
        return new MemberSuspended(JP, DAY, "arrears", DAY, 2101);
    }
}
