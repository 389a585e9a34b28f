package org.gptracker.benchmarks.commands;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.gptracker.benchmarks.portfolio.Partnership;
import org.gptracker.benchmarks.portfolio.RecipientStates;
import org.gptracker.events.value.Member;

/**
 * One project's commands in an order the Project aggregate accepts: proposed, one to three offers of
 * funds by different donors, some of them accepted, a commitment by every partner, one or two
 * disbursements within each commitment, closed as completed. Steps are dated in 2024 so each falls in
 * Italy's presidency whatever today's date.
 */
public final class LifecycleScript {

    public sealed interface Step permits Propose, Offer, Accept, Commit, Disburse, Close {
    }

    public record Propose(String recipient, String area, long budgetEuros) implements Step {
    }

    public record Offer(String donor, long euros) implements Step {
    }

    /** Accepts the offer made by the {@code offer}-th Offer step of the same script (from 0). */
    public record Accept(int offer) implements Step {
    }

    public record Commit(String donor, long euros) implements Step {
    }

    public record Disburse(String donor, long euros) implements Step {
    }

    public record Close() implements Step {
    }

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 2, 1);
    private static final List<String> AREAS = List.of("CHEMICAL", "BIOLOGICAL", "RADIOLOGICAL", "NUCLEAR", "CROSS_CUTTING");
    private static final List<String> DONORS = Partnership.membersInGoodStanding(FIRST_DAY).stream().map(Member::code).toList();

    private LifecycleScript() {
    }

    /** The effective date of the {@code index}-th step: a week after the one before. */
    static LocalDate dateOf(int index) {
        return FIRST_DAY.plusWeeks(index);
    }

    public static List<Step> draw(Random random) {
        List<Step> steps = new ArrayList<>();
        long budget = 100_000L * (1 + random.nextInt(50));
        steps.add(new Propose(pick(random, RecipientStates.all()).code(), pick(random, AREAS), budget));
        List<String> donors = new ArrayList<>(DONORS);
        Collections.shuffle(donors, random);
        int offers = 1 + random.nextInt(3);
        for (int i = 0; i < offers; i++) {
            steps.add(new Offer(donors.get(i), budget / offers));
        }
        int accepted = 1 + random.nextInt(offers);
        for (int i = 0; i < accepted; i++) {
            steps.add(new Accept(i));
        }
        for (int i = 0; i < accepted; i++) {
            steps.add(new Commit(donors.get(i), budget / offers));
        }
        for (int i = 0; i < accepted; i++) {
            long committed = budget / offers;
            if (random.nextBoolean()) {
                steps.add(new Disburse(donors.get(i), committed / 2));
                steps.add(new Disburse(donors.get(i), committed - committed / 2));
            } else {
                steps.add(new Disburse(donors.get(i), committed));
            }
        }
        steps.add(new Close());
        return steps;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
