package org.gptracker.command.project;

import org.gptracker.command.Refusal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.AxonAssertionError;
import org.axonframework.test.aggregate.ResultValidator;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.events.GpEvent;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.FundsDisbursed;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.events.project.Outcome;
import org.gptracker.events.project.SupportKind;
import org.gptracker.events.project.SupportOffered;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gptracker.command.project.ProjectFixture.PROJECT_ID;
import static org.gptracker.command.project.ProjectFixture.chornobylProposal;

/**
 * Drives random command sequences against one project and checks, after every step: the status
 * only moves forward, no donor ever has more disbursed than committed in a currency, a refused
 * command emits nothing (and is refused as a {@link CommandRefusedException}, never a crash), a
 * closed project refuses everything, and every event carries the presidency of its effective date.
 */
class ProjectLifecyclePropertyTest {

    private static final Member SWEDEN = Member.of("SE");
    private static final List<Member> DONORS = List.of(
            ProjectFixture.JAPAN, ProjectFixture.ITALY, ProjectFixture.BRAZIL, SWEDEN);
    /** No presidency; inside 2023 (Sweden suspended); inside 2024. */
    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(2022, 12, 31), LocalDate.of(2023, 6, 1), LocalDate.of(2024, 3, 1));

    private final FakeCalendar calendar = ProjectFixture.partnership()
            .admit(SWEDEN, LocalDate.of(2010, 1, 1))
            .suspend(SWEDEN, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

    @Property(tries = 300)
    void everyStepKeepsTheLifecycleInvariants(@ForAll("stepSequences") List<Step> steps) {
        List<Object> history = new ArrayList<>();
        ProjectStatus status = propose(history);

        for (Step step : steps) {
            Object command = step.commandAfter(history);
            Result result = execute(history, command);
            Object refused = result.refusal();
            Statistics.label("outcome").collect(command.getClass().getSimpleName() + " "
                    + (refused instanceof CommandRefusedException r ? r.code() : refused == null ? "ok" : refused));

            if (refused != null) {
                assertThat(refused).as("%s is refused by a rule, not a crash", command)
                        .isInstanceOf(CommandRefusedException.class);
                assertThat(result.emitted()).as("a refused %s emits nothing", command).isEmpty();
            } else {
                assertThat(result.emitted()).as("%s emits at most one event", command).hasSizeLessThanOrEqualTo(1);
            }
            if (status == ProjectStatus.CLOSED) {
                assertThat(refused).as("a closed project refuses %s", command)
                        .isInstanceOfSatisfying(CommandRefusedException.class,
                                r -> assertThat(r.code()).isEqualTo(Refusal.PROJECT_CLOSED));
            }
            ProjectStatus next = refused == null ? result.status() : status;
            assertThat(next.compareTo(status)).as("status moves from %s to %s", status, next).isGreaterThanOrEqualTo(0);
            status = next;

            history.addAll(result.emitted());
            result.emitted().forEach(this::assertPresidencyStamped);
            assertNothingDisbursedBeyondCommitments(history);
        }
        Statistics.label("final status").collect(status);
        Statistics.label("some funds disbursed").collect(history.stream().anyMatch(FundsDisbursed.class::isInstance));
        // the ledger invariant means little unless disbursements really happen
        Statistics.label("some funds disbursed").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5.0));
    }

    /** What one command did: the events it emitted, or what refused it; the status after it succeeded. */
    private record Result(List<Object> emitted, Object refusal, ProjectStatus status) {
    }

    private Result execute(List<Object> history, Object command) {
        List<Object> emitted = new ArrayList<>();
        AtomicReference<Object> refusal = new AtomicReference<>();
        AtomicReference<ProjectStatus> status = new AtomicReference<>();
        // a fresh fixture per step: one whose command was refused keeps refusing to show its state
        ResultValidator<Project> result = ProjectFixture.aggregate(calendar).given(history)
                .when(command)
                .expectEventsMatching(capturing(emitted));
        try {
            result.expectSuccessfulHandlerExecution();
            result.expectState(state -> status.set(state.status()));
        } catch (AxonAssertionError handlerFailed) {
            result.expectException(capturingException(refusal));
        }
        return new Result(emitted, refusal.get(), status.get());
    }

    private ProjectStatus propose(List<Object> history) {
        ProjectFixture.aggregate(calendar).givenNoPriorActivity()
                .when(chornobylProposal())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(capturing(history));
        assertThat(history).hasSize(1);
        return ProjectStatus.PROPOSED;
    }

    private void assertPresidencyStamped(Object event) {
        GpEvent gp = (GpEvent) event;
        assertThat(gp.presidencyYear()).as("presidency of %s", event)
                .isEqualTo(calendar.presidencyOn(gp.effectiveDate()).orElse(null));
    }

    /** Recomputes the totals from the events alone, independently of the aggregate's own ledger. */
    private static void assertNothingDisbursedBeyondCommitments(List<Object> history) {
        Map<String, BigDecimal> committed = new HashMap<>();
        Map<String, BigDecimal> disbursed = new HashMap<>();
        for (Object event : history) {
            if (event instanceof FundingCommitted c) {
                committed.merge(c.donor() + "/" + c.amount().currencyCode(), c.amount().amount(), BigDecimal::add);
            } else if (event instanceof FundsDisbursed d) {
                disbursed.merge(d.donor() + "/" + d.amount().currencyCode(), d.amount().amount(), BigDecimal::add);
            }
        }
        disbursed.forEach((account, paid) -> assertThat(paid).as("disbursed by %s", account)
                .isLessThanOrEqualTo(committed.getOrDefault(account, BigDecimal.ZERO)));
    }

    /** Always matches; hands over the payloads the command published. */
    private static Matcher<List<EventMessage<?>>> capturing(List<Object> into) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                ((List<?>) actual).forEach(message -> into.add(((EventMessage<?>) message).getPayload()));
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events");
            }
        };
    }

    /** Always matches; hands over the exception the command handler threw. */
    private static Matcher<Object> capturingException(AtomicReference<Object> into) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                into.set(actual);
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any exception");
            }
        };
    }

    // ---- generators. A step picks what it acts on from the history so far (an offer made, a
    // commitment recorded), so sequences reach funding and disbursement often; small pools make
    // ids, donors and currencies collide, and some picks are deliberately wrong.

    /** One random step: turns the events so far into the next command. */
    record Step(String kind, Function<List<Object>, Object> command) {
        Object commandAfter(List<Object> history) {
            return command.apply(history);
        }

        @Override
        public String toString() {
            return kind;
        }
    }

    @Provide
    Arbitrary<List<Step>> stepSequences() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, revise()),
                Tuple.of(6, offer()),
                Tuple.of(8, settle()),
                Tuple.of(8, commit()),
                Tuple.of(10, disburse()),
                Tuple.of(1, close())).list().ofMinSize(5).ofMaxSize(40);
    }

    private static Arbitrary<Step> revise() {
        return Combinators.combine(Arbitraries.of("Chornobyl", "Chornobyl, phase 2"), Arbitraries.of(CbrnArea.class), dates())
                .as((title, area, date) -> step("revise " + title + " " + area + " " + date, history ->
                        new ReviseProposal(PROJECT_ID, title, null, null, area, null, null, null, date)));
    }

    private static Arbitrary<Step> offer() {
        return Combinators.combine(ids("o"), donors(),
                        Arbitraries.frequency(Tuple.of(4, SupportKind.FUNDS), Tuple.of(1, SupportKind.EXPERTISE),
                                Tuple.of(2, SupportKind.FUNDS_AND_EXPERTISE)),
                        money().injectNull(0.1), dates())
                .as((offerId, donor, kind, amount, date) -> step(
                        "offer " + offerId + " " + donor + " " + kind + " " + amount + " " + date, history ->
                                new OfferSupport(PROJECT_ID, offerId, donor, kind, amount, List.of("TRAINING"), date)));
    }

    private static Arbitrary<Step> settle() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), picks(), dates())
                .as((which, pick, date) -> step("settle " + which + " offer #" + pick + " " + date, history -> {
                    String offerId = pick(history, SupportOffered.class, pick).map(SupportOffered::offerId).orElse("o-none");
                    return switch (which) {
                        case 0 -> new DeclineOffer(PROJECT_ID, offerId, "Not needed", date);
                        case 1 -> new WithdrawOffer(PROJECT_ID, offerId, date);
                        default -> new AcceptOffer(PROJECT_ID, offerId, date);
                    };
                }));
    }

    /** Mostly by a partner (a donor with an accepted offer), now and then by anyone. */
    private static Arbitrary<Step> commit() {
        return Combinators.combine(ids("c"), donors(), picks(), money(), dates())
                .as((id, anyone, pick, amount, date) -> step("commit " + id + " partner #" + pick + " or " + anyone
                        + " " + amount + " " + date, history -> {
                    Member donor = pick(history, OfferAccepted.class, pick).map(OfferAccepted::donor).orElse(anyone);
                    return new CommitFunding(PROJECT_ID, id, donor, amount, date);
                }));
    }

    /** Mostly against a commitment (its donor and currency), now and then by anyone in any currency. */
    private static Arbitrary<Step> disburse() {
        return Combinators.combine(ids("d"), donors(), picks(), Arbitraries.of("50", "100", "250"), money(), dates())
                .as((id, anyone, pick, units, anyAmount, date) -> step("disburse " + id + " against commitment #" + pick
                        + " or " + anyone + " " + anyAmount + " " + date, history -> {
                    Optional<FundingCommitted> commitment = pick(history, FundingCommitted.class, pick);
                    Member donor = commitment.map(FundingCommitted::donor).orElse(anyone);
                    Money amount = commitment.map(c -> Money.parse(units, c.amount().currencyCode())).orElse(anyAmount);
                    return new DisburseFunds(PROJECT_ID, id, donor, amount, date);
                }));
    }

    private static Arbitrary<Step> close() {
        return Combinators.combine(Arbitraries.of(Outcome.class), dates())
                .as((outcome, date) -> step("close " + outcome + " " + date, history ->
                        new CloseProject(PROJECT_ID, outcome, "Closed", date)));
    }

    private static Step step(String kind, Function<List<Object>, Object> command) {
        return new Step(kind, command);
    }

    /** The pick-th event of that type so far (modulo their number); empty for a negative pick or none. */
    private static <E> Optional<E> pick(List<Object> history, Class<E> type, int pick) {
        List<E> candidates = history.stream().filter(type::isInstance).map(type::cast).toList();
        return pick < 0 || candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(pick % candidates.size()));
    }

    /** Mostly an index into the history, sometimes (negative) a deliberate miss. */
    private static Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(-2, 9);
    }

    /** Ids from a small pool: mostly fresh, now and then one used before. */
    private static Arbitrary<String> ids(String prefix) {
        return Arbitraries.integers().between(1, 30).map(n -> prefix + n);
    }

    private static Arbitrary<Member> donors() {
        return Arbitraries.frequency(Tuple.of(4, DONORS.get(0)), Tuple.of(3, DONORS.get(1)),
                Tuple.of(1, DONORS.get(2)), Tuple.of(1, DONORS.get(3)));
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.of(DATES);
    }

    private static Arbitrary<Money> money() {
        return Combinators.combine(Arbitraries.of("100.00", "250.00", "500.00"), Arbitraries.of("EUR", "USD"))
                .as(Money::parse);
    }
}
