package org.gptracker.benchmarks.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gptracker.events.GpEvent;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.FundsDisbursed;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.events.project.OfferDeclined;
import org.gptracker.events.project.OfferWithdrawn;
import org.gptracker.events.project.Outcome;
import org.gptracker.events.project.ProjectClosed;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.project.SupportKind;
import org.gptracker.events.project.SupportOffered;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

/**
 * Plans one project's life the way the partnership lives it: a proposal, perhaps a revision, one to
 * four offers from members in good standing, each accepted, declined, withdrawn or left open; partners
 * commit and disburse in tranches; most projects that had time to finish are closed. Each step is
 * dated after the step it depends on, so sorting by date keeps every cause before its effect; steps
 * past the last presidency never happen.
 */
final class LifecyclePlanner {

    private static final LocalDate FIRST_PROPOSAL = Partnership.FOUNDED.plusDays(4);

    private record Step(LocalDate date, int order, GpEvent event) {
    }

    private final DeterministicRandom random;
    private final long index;
    private final String projectId;
    private final List<Step> steps = new ArrayList<>();

    LifecyclePlanner(DeterministicRandom random, long index) {
        this.random = random;
        this.index = index;
        this.projectId = random.uuid();
    }

    GeneratedProject plan() {
        ProjectProposed proposal = proposal();
        add(proposal);
        LocalDate cursor = proposal.effectiveDate();
        if (random.chance(0.3)) {
            cursor = random.daysAfter(cursor, 5, 60);
            add(revision(proposal, cursor));
        }
        offers(proposal, cursor);
        List<GpEvent> events = happened();
        closure(events).ifPresent(events::add);
        return new GeneratedProject(index, projectId, events);
    }

    private ProjectProposed proposal() {
        LocalDate on = proposalDate();
        CbrnArea area = CbrnArea.values()[random.weighted(20, 25, 15, 25, 15)];
        List<Country> recipients = recipients();
        String title = ProjectTexts.title(random, area, recipients.get(0));
        Money budget = Amounts.budget(random, Amounts.budgetCurrency(random));
        List<String> expertise = ProjectTexts.expertise(random, random.between(0, 2));
        return new ProjectProposed(projectId, title, ProjectTexts.description(title, index), recipients, area,
                priorities(on), budget, expertise, on, Partnership.presidencyYearOn(on));
    }

    /** More projects in later years, as the partnership grew: the density rises linearly with time. */
    private LocalDate proposalDate() {
        long span = ChronoUnit.DAYS.between(FIRST_PROPOSAL, Partnership.lastDate());
        return FIRST_PROPOSAL.plusDays((long) Math.floor(span * Math.sqrt(random.unit())));
    }

    private List<Country> recipients() {
        int count = 1 + random.weighted(85, 12, 3);
        List<Country> states = RecipientStates.all();
        Set<Country> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            double u = random.unit();
            chosen.add(states.get((int) (states.size() * u * u)));
        }
        return List.copyOf(chosen);
    }

    private List<String> priorities(LocalDate on) {
        List<String> codes = Partnership.presidencyOn(on).map(p -> p.priorities().stream().map(Priority::code).toList())
                .orElse(List.of());
        return random.distinct(codes, random.weighted(15, 70, 15));
    }

    private ProposalRevised revision(ProjectProposed proposal, LocalDate on) {
        int change = random.weighted(60, 25, 15);
        String title = change == 1 ? proposal.title() + " (phase 1)" : null;
        Money budget = change == 0 ? Amounts.converted(proposal.requestedBudget(),
                proposal.requestedBudget().currencyCode(), random.chance(0.5) ? 0.8 : 1.25) : null;
        List<String> expertise = null;
        if (change == 2) {
            List<String> more = new ArrayList<>(proposal.expertiseNeeded());
            ProjectTexts.expertise(random, 3).stream().filter(code -> !more.contains(code)).findFirst().ifPresent(more::add);
            expertise = more;
        }
        return new ProposalRevised(projectId, title, null, null, null, null, budget, expertise, on,
                Partnership.presidencyYearOn(on));
    }

    private void offers(ProjectProposed proposal, LocalDate after) {
        int count = 1 + random.weighted(25, 35, 25, 15);
        Set<Member> donors = new HashSet<>();
        LocalDate offeredOn = after;
        for (int i = 0; i < count; i++) {
            offeredOn = random.daysAfter(offeredOn, 3, 90);
            LocalDate on = offeredOn;
            List<Member> candidates = Partnership.membersInGoodStanding(on).stream().filter(c -> !donors.contains(c)).toList();
            if (candidates.isEmpty()) {
                return;
            }
            Member donor = random.pick(candidates);
            donors.add(donor);
            offer(proposal, donor, on);
        }
    }

    private void offer(ProjectProposed proposal, Member donor, LocalDate on) {
        SupportKind kind = SupportKind.values()[random.weighted(60, 15, 25)];
        Money amount = null;
        if (kind != SupportKind.EXPERTISE) {
            String currency = random.chance(0.3) ? Amounts.homeCurrency(donor) : proposal.requestedBudget().currencyCode();
            amount = Amounts.converted(proposal.requestedBudget(), currency, 0.2 + 0.6 * random.unit());
        }
        List<String> expertise = kind == SupportKind.FUNDS ? null : ProjectTexts.expertise(random, random.between(1, 2));
        String offerId = random.uuid();
        add(new SupportOffered(projectId, offerId, donor, kind, amount, expertise, on, Partnership.presidencyYearOn(on)));
        LocalDate decidedOn = random.daysAfter(on, 3, 60);
        Integer presidency = Partnership.presidencyYearOn(decidedOn);
        switch (random.weighted(65, 15, 10, 10)) {
            case 0 -> {
                add(new OfferAccepted(projectId, offerId, donor, decidedOn, presidency));
                if (amount != null) {
                    funding(donor, amount, decidedOn);
                }
            }
            case 1 -> add(new OfferDeclined(projectId, offerId, donor, ProjectTexts.declineReason(random), decidedOn, presidency));
            case 2 -> add(new OfferWithdrawn(projectId, offerId, donor, decidedOn, presidency));
            default -> {
                // left open: some offers are still waiting for the recipient's answer
            }
        }
    }

    /** A partner commits what it offered, once or in two parts, and pays each commitment out in tranches. */
    private void funding(Member donor, Money offered, LocalDate acceptedOn) {
        int commitments = random.chance(0.25) ? 2 : 1;
        LocalDate committedOn = acceptedOn;
        for (int c = 0; c < commitments; c++) {
            committedOn = random.daysAfter(committedOn, 10, 120);
            if (!Partnership.inGoodStanding(donor, committedOn)) {
                return;
            }
            Money committed = Amounts.share(offered, (0.6 + 0.4 * random.unit()) / commitments);
            add(new FundingCommitted(projectId, random.uuid(), donor, committed, committedOn,
                    Partnership.presidencyYearOn(committedOn)));
            disbursements(donor, committed, committedOn);
        }
    }

    private void disbursements(Member donor, Money committed, LocalDate committedOn) {
        int tranches = random.weighted(15, 30, 35, 20);
        BigDecimal left = committed.amount();
        LocalDate paidOn = committedOn;
        for (int t = 0; t < tranches && left.signum() > 0; t++) {
            paidOn = random.daysAfter(paidOn, 30, 240);
            if (!Partnership.inGoodStanding(donor, paidOn)) {
                return;
            }
            boolean last = t == tranches - 1;
            Money part = last && random.chance(0.7) ? Money.of(left, committed.currencyCode())
                    : Amounts.share(committed, (0.5 + 0.5 * random.unit()) / tranches);
            if (part.amount().compareTo(left) > 0) {
                part = Money.of(left, committed.currencyCode());
            }
            left = left.subtract(part.amount());
            add(new FundsDisbursed(projectId, random.uuid(), donor, part, paidOn, Partnership.presidencyYearOn(paidOn)));
        }
    }

    /** The planned steps in date order (causes first on equal dates), without those after the last presidency. */
    private List<GpEvent> happened() {
        LocalDate last = Partnership.lastDate();
        return new ArrayList<>(steps.stream()
                .sorted(Comparator.comparing(Step::date).thenComparingInt(Step::order))
                .filter(step -> !step.date().isAfter(last))
                .map(Step::event)
                .toList());
    }

    private Optional<ProjectClosed> closure(List<GpEvent> events) {
        LocalDate closedOn = random.daysAfter(events.get(events.size() - 1).effectiveDate(), 30, 365);
        boolean funded = events.stream().anyMatch(FundingCommitted.class::isInstance);
        Outcome outcome = funded ? Outcome.values()[random.weighted(85, 10, 5)]
                : random.chance(0.6) ? Outcome.CANCELLED : Outcome.WITHDRAWN;
        if (!random.chance(0.9) || closedOn.isAfter(Partnership.lastDate())) {
            return Optional.empty();
        }
        return Optional.of(new ProjectClosed(projectId, outcome, ProjectTexts.closingSummary(outcome.name()), closedOn,
                Partnership.presidencyYearOn(closedOn)));
    }

    private void add(GpEvent event) {
        steps.add(new Step(event.effectiveDate(), steps.size(), event));
    }
}
