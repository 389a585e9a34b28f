package org.gptracker.benchmarks.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gptracker.events.GpEvent;
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
import org.gptracker.events.value.Member;

/**
 * The domain rules of DESIGN §2, replayed over a generated project's events independently of the
 * generator: answers every rule the sequence breaks (none for a valid project).
 */
final class LifecycleRules {

    private enum OfferState { OPEN, ACCEPTED, DECLINED, WITHDRAWN }

    private record Offer(Member donor, OfferState state) {
    }

    private record Account(Member donor, String currency) {
    }

    private final List<String> violations = new ArrayList<>();
    private final Map<String, Offer> offers = new HashMap<>();
    private final Map<Account, BigDecimal> committed = new HashMap<>();
    private final Map<Account, BigDecimal> disbursed = new HashMap<>();
    private final Set<String> flowIds = new HashSet<>();
    private boolean matched;
    private boolean funded;
    private boolean closed;

    static List<String> violations(GeneratedProject project) {
        LifecycleRules rules = new LifecycleRules();
        rules.check(project);
        return rules.violations;
    }

    private void check(GeneratedProject project) {
        List<GpEvent> events = project.events();
        if (events.isEmpty() || !(events.get(0) instanceof ProjectProposed)) {
            violations.add("does not start with ProjectProposed");
            return;
        }
        LocalDate previous = events.get(0).effectiveDate();
        for (int i = 0; i < events.size(); i++) {
            GpEvent event = events.get(i);
            String at = "event " + i + " " + event.getClass().getSimpleName() + ": ";
            if (closed) {
                violations.add(at + "after the project was closed");
            }
            if (event.effectiveDate().isBefore(previous)) {
                violations.add(at + "dated " + event.effectiveDate() + " before the previous event (" + previous + ")");
            }
            if (event.effectiveDate().isBefore(Partnership.FOUNDED) || event.effectiveDate().isAfter(Partnership.lastDate())) {
                violations.add(at + "dated outside the partnership's presidencies");
            }
            if (!Objects.equals(event.presidencyYear(), Partnership.presidencyYearOn(event.effectiveDate()))
                    || event.presidencyYear() == null) {
                violations.add(at + "presidency " + event.presidencyYear() + " does not hold " + event.effectiveDate());
            }
            previous = event.effectiveDate();
            apply(at, event, i, project.projectId());
        }
    }

    private void apply(String at, GpEvent event, int index, String projectId) {
        if (event instanceof ProjectProposed proposal) {
            if (index > 0) {
                violations.add(at + "a second proposal");
            }
            if (!proposal.projectId().equals(projectId) || proposal.recipients().isEmpty()
                    || new HashSet<>(proposal.recipients()).size() != proposal.recipients().size()) {
                violations.add(at + "bad proposal");
            }
        } else if (event instanceof ProposalRevised revision) {
            if (matched || funded) {
                violations.add(at + "revision of a proposal that is no longer only proposed");
            }
            if (revision.title() == null && revision.requestedBudget() == null && revision.expertiseNeeded() == null
                    && revision.recipients() == null && revision.area() == null && revision.priorities() == null
                    && revision.description() == null) {
                violations.add(at + "a revision that changes nothing");
            }
        } else if (event instanceof SupportOffered offer) {
            if (offers.containsKey(offer.offerId())) {
                violations.add(at + "duplicate offer id");
            }
            requireGoodStanding(at, offer.donor(), offer.effectiveDate());
            boolean funds = offer.kind() != SupportKind.EXPERTISE;
            if (funds != (offer.amount() != null)) {
                violations.add(at + "kind " + offer.kind() + " with amount " + offer.amount());
            }
            offers.put(offer.offerId(), new Offer(offer.donor(), OfferState.OPEN));
        } else if (event instanceof OfferAccepted accepted) {
            settle(at, accepted.offerId(), accepted.donor(), OfferState.ACCEPTED);
            matched = true;
        } else if (event instanceof OfferDeclined declined) {
            settle(at, declined.offerId(), declined.donor(), OfferState.DECLINED);
        } else if (event instanceof OfferWithdrawn withdrawn) {
            settle(at, withdrawn.offerId(), withdrawn.donor(), OfferState.WITHDRAWN);
        } else if (event instanceof FundingCommitted commitment) {
            boolean partner = offers.values().stream()
                    .anyMatch(o -> o.state() == OfferState.ACCEPTED && o.donor().equals(commitment.donor()));
            if (!partner) {
                violations.add(at + commitment.donor() + " commits without being a partner");
            }
            requireGoodStanding(at, commitment.donor(), commitment.effectiveDate());
            requireNewFlow(at, commitment.commitmentId());
            committed.merge(account(commitment.donor(), commitment.amount().currencyCode()), commitment.amount().amount(),
                    BigDecimal::add);
            funded = true;
        } else if (event instanceof FundsDisbursed disbursement) {
            Account account = account(disbursement.donor(), disbursement.amount().currencyCode());
            BigDecimal paid = disbursed.merge(account, disbursement.amount().amount(), BigDecimal::add);
            if (paid.compareTo(committed.getOrDefault(account, BigDecimal.ZERO)) > 0) {
                violations.add(at + account + " disbursed " + paid + " of " + committed.get(account) + " committed");
            }
            requireGoodStanding(at, disbursement.donor(), disbursement.effectiveDate());
            requireNewFlow(at, disbursement.disbursementId());
        } else if (event instanceof ProjectClosed closure) {
            if (closure.outcome() == Outcome.COMPLETED && !funded) {
                violations.add(at + "COMPLETED without funding");
            }
            closed = true;
        } else {
            violations.add(at + "not a project event");
        }
    }

    private void settle(String at, String offerId, Member donor, OfferState state) {
        Offer offer = offers.get(offerId);
        if (offer == null || offer.state() != OfferState.OPEN) {
            violations.add(at + "offer " + offerId + " is not open");
            return;
        }
        if (!offer.donor().equals(donor)) {
            violations.add(at + "donor differs from the offer's");
        }
        offers.put(offerId, new Offer(offer.donor(), state));
    }

    private void requireGoodStanding(String at, Member donor, LocalDate on) {
        if (!Partnership.inGoodStanding(donor, on)) {
            violations.add(at + donor + " is not a member in good standing on " + on);
        }
    }

    private void requireNewFlow(String at, String id) {
        if (!flowIds.add(id)) {
            violations.add(at + "duplicate commitment or disbursement id " + id);
        }
    }

    private static Account account(Member donor, String currency) {
        return new Account(donor, currency);
    }
}
