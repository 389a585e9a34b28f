package org.gptracker.command.project;

import org.gptracker.command.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gptracker.command.AccessRefusedException;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.command.NothingChanged;
import org.gptracker.command.eventstore.CommandMetadata;
import org.gptracker.command.partnership.PartnershipCalendar;
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
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Member;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.gptracker.command.project.Proposal.changed;

/**
 * A project's lifecycle, {@code PROPOSED → MATCHED → FUNDED → CLOSED}: its command handlers decide
 * what may happen next, its event handlers only remember. Every event carries the presidency whose
 * window holds the command's effective date, read from the {@link PartnershipCalendar}.
 */
@Aggregate(cache = "projectCache")
class Project {

    @AggregateIdentifier
    private String projectId;
    private ProjectStatus status;
    private Proposal proposal;
    private final Offers offers = new Offers();
    private final Ledger ledger = new Ledger();

    Project() {
        // rebuilt from its events
    }

    @CommandHandler
    Project(ProposeProject command, PartnershipCalendar calendar) {
        apply(new ProjectProposed(
                command.projectId(),
                checkedTitle(command.title()),
                command.description(),
                checkedRecipients(command.recipients()),
                command.area(),
                command.priorities(),
                command.requestedBudget(),
                command.expertiseNeeded(),
                command.effectiveDate(),
                presidency(calendar, command.effectiveDate())));
    }

    @CommandHandler
    NothingChanged handle(ReviseProposal command, PartnershipCalendar calendar,
                @MetaDataValue(CommandMetadata.ACTING_FOR) String actingFor) {
        refuseUnlessRecipient(actingFor);
        if (actingFor != null && command.recipients() != null && !codes(command.recipients()).contains(actingFor)) {
            throw new AccessRefusedException("A revision by " + actingFor + " must keep " + actingFor + " among the recipients.");
        }
        refuseOnceClosed();
        if (status != ProjectStatus.PROPOSED) {
            throw new CommandRefusedException(Refusal.PROPOSAL_NOT_REVISABLE,
                    "Only a proposal can be revised; this project is already " + status + ".");
        }
        String title = command.title() == null ? null : checkedTitle(command.title());
        List<Country> recipients = command.recipients() == null ? null : checkedRecipients(command.recipients());
        ProposalRevised revision = new ProposalRevised(
                projectId,
                changed(proposal.title(), title),
                changed(proposal.description(), command.description()),
                changed(proposal.recipients(), recipients),
                changed(proposal.area(), command.area()),
                changed(proposal.priorities(), command.priorities()),
                changed(proposal.requestedBudget(), command.requestedBudget()),
                changed(proposal.expertiseNeeded(), command.expertiseNeeded()),
                command.effectiveDate(),
                presidency(calendar, command.effectiveDate()));
        if (Proposal.changesNothing(revision)) {
            return NothingChanged.INSTANCE; // the proposal already reads so: nothing happened
        }
        apply(revision);
        return null;
    }

    @CommandHandler
    void handle(OfferSupport command, PartnershipCalendar calendar) {
        refuseOnceClosed();
        if (offers.contains(command.offerId())) {
            throw new CommandRefusedException(Refusal.DUPLICATE_OFFER, "Offer " + command.offerId() + " has already been made.");
        }
        checkKind(command);
        refuseUnlessInGoodStanding(command.donor(), command.effectiveDate(), calendar);
        apply(new SupportOffered(projectId, command.offerId(), command.donor(), command.kind(), command.amount(),
                command.expertise(), command.effectiveDate(), presidency(calendar, command.effectiveDate())));
    }

    @CommandHandler
    void handle(AcceptOffer command, PartnershipCalendar calendar,
                @MetaDataValue(CommandMetadata.ACTING_FOR) String actingFor) {
        refuseUnlessRecipient(actingFor);
        refuseOnceClosed();
        Offers.Offer offer = offers.open(command.offerId());
        apply(new OfferAccepted(projectId, offer.offerId(), offer.donor(), command.effectiveDate(),
                presidency(calendar, command.effectiveDate())));
    }

    @CommandHandler
    void handle(DeclineOffer command, PartnershipCalendar calendar,
                @MetaDataValue(CommandMetadata.ACTING_FOR) String actingFor) {
        refuseUnlessRecipient(actingFor);
        refuseOnceClosed();
        Offers.Offer offer = offers.open(command.offerId());
        apply(new OfferDeclined(projectId, offer.offerId(), offer.donor(), command.reason(), command.effectiveDate(),
                presidency(calendar, command.effectiveDate())));
    }

    @CommandHandler
    void handle(WithdrawOffer command, PartnershipCalendar calendar,
                @MetaDataValue(CommandMetadata.ACTING_FOR) String actingFor) {
        refuseOnceClosed();
        Offers.Offer offer = offers.open(command.offerId());
        if (actingFor != null && !offer.donor().code().equals(actingFor)) {
            throw new AccessRefusedException("Only " + offer.donor().code() + ", who made offer " + offer.offerId()
                    + ", or the secretariat may withdraw it.");
        }
        apply(new OfferWithdrawn(projectId, offer.offerId(), offer.donor(), command.effectiveDate(),
                presidency(calendar, command.effectiveDate())));
    }

    @CommandHandler
    void handle(CommitFunding command, PartnershipCalendar calendar) {
        refuseOnceClosed();
        if (ledger.hasCommitment(command.commitmentId())) {
            throw new CommandRefusedException(Refusal.DUPLICATE_COMMITMENT,
                    "Commitment " + command.commitmentId() + " has already been recorded.");
        }
        if (!offers.isPartner(command.donor())) {
            throw new CommandRefusedException(Refusal.DONOR_NOT_PARTNER,
                    command.donor() + " is not a partner of this project: none of its offers has been accepted.");
        }
        refuseUnlessInGoodStanding(command.donor(), command.effectiveDate(), calendar);
        apply(new FundingCommitted(projectId, command.commitmentId(), command.donor(), command.amount(),
                command.effectiveDate(), presidency(calendar, command.effectiveDate())));
    }

    @CommandHandler
    void handle(DisburseFunds command, PartnershipCalendar calendar) {
        refuseOnceClosed();
        if (ledger.hasDisbursement(command.disbursementId())) {
            throw new CommandRefusedException(Refusal.DUPLICATE_DISBURSEMENT,
                    "Disbursement " + command.disbursementId() + " has already been recorded.");
        }
        if (ledger.wouldOverdraw(command.donor(), command.amount())) {
            throw new CommandRefusedException(Refusal.DISBURSEMENT_EXCEEDS_COMMITMENT,
                    "Disbursing " + command.amount() + " would take " + command.donor()
                            + " above what it committed; it may still disburse "
                            + ledger.headroomText(command.donor(), command.amount().currency()) + ".");
        }
        refuseUnlessInGoodStanding(command.donor(), command.effectiveDate(), calendar);
        apply(new FundsDisbursed(projectId, command.disbursementId(), command.donor(), command.amount(),
                command.effectiveDate(), presidency(calendar, command.effectiveDate())));
    }

    @CommandHandler
    void handle(CloseProject command, PartnershipCalendar calendar) {
        refuseOnceClosed();
        if (command.outcome() == null) {
            throw new CommandRefusedException(Refusal.OUTCOME_REQUIRED,
                    "Closing a project needs an outcome: COMPLETED, CANCELLED or WITHDRAWN.");
        }
        if (command.outcome() == Outcome.COMPLETED && status != ProjectStatus.FUNDED) {
            throw new CommandRefusedException(Refusal.NOT_FUNDED,
                    "Only a funded project can be completed; this one is " + status + ".");
        }
        apply(new ProjectClosed(projectId, command.outcome(), command.summary(), command.effectiveDate(),
                presidency(calendar, command.effectiveDate())));
    }

    @EventSourcingHandler
    void on(ProjectProposed event) {
        projectId = event.projectId();
        status = ProjectStatus.PROPOSED;
        proposal = Proposal.of(event);
    }

    @EventSourcingHandler
    void on(ProposalRevised event) {
        proposal = proposal.revisedBy(event);
    }

    @EventSourcingHandler
    void on(SupportOffered event) {
        offers.offered(event.offerId(), event.donor());
    }

    @EventSourcingHandler
    void on(OfferAccepted event) {
        offers.settled(event.offerId(), Offers.State.ACCEPTED);
        if (status == ProjectStatus.PROPOSED) {
            status = ProjectStatus.MATCHED;
        }
    }

    @EventSourcingHandler
    void on(OfferDeclined event) {
        offers.settled(event.offerId(), Offers.State.DECLINED);
    }

    @EventSourcingHandler
    void on(OfferWithdrawn event) {
        offers.settled(event.offerId(), Offers.State.WITHDRAWN);
    }

    @EventSourcingHandler
    void on(FundingCommitted event) {
        ledger.committed(event.commitmentId(), event.donor(), event.amount());
        status = ProjectStatus.FUNDED;
    }

    @EventSourcingHandler
    void on(FundsDisbursed event) {
        ledger.disbursed(event.disbursementId(), event.donor(), event.amount());
    }

    @EventSourcingHandler
    void on(ProjectClosed event) {
        status = ProjectStatus.CLOSED;
    }

    /** The current status; for tests that watch the state machine. */
    ProjectStatus status() {
        return status;
    }

    /** {@code actingFor} is null for the secretariat, else the state the caller's token acts for. */
    private void refuseUnlessRecipient(String actingFor) {
        if (actingFor != null && !codes(proposal.recipients()).contains(actingFor)) {
            throw new AccessRefusedException("Only a recipient of this project " + proposal.recipients()
                    + " or the secretariat may do this" + (actingFor.isEmpty() ? "; your token names no country."
                    : "; your token acts for " + actingFor + "."));
        }
    }

    private static List<String> codes(List<Country> countries) {
        return countries.stream().map(Country::code).toList();
    }

    private void refuseOnceClosed() {
        if (status == ProjectStatus.CLOSED) {
            throw new CommandRefusedException(Refusal.PROJECT_CLOSED, "This project is closed; nothing more can happen to it.");
        }
    }

    private static void refuseUnlessInGoodStanding(Member donor, LocalDate on, PartnershipCalendar calendar) {
        if (donor == null || !calendar.isMemberInGoodStanding(donor, on)) {
            throw new CommandRefusedException(Refusal.DONOR_NOT_MEMBER,
                    donor + " was not a member in good standing of the partnership on " + on + ".");
        }
    }

    private static void checkKind(OfferSupport command) {
        if (command.kind() == null) {
            throw new CommandRefusedException(Refusal.SUPPORT_KIND_REQUIRED,
                    "An offer needs a kind: FUNDS, EXPERTISE or FUNDS_AND_EXPERTISE.");
        }
        boolean funds = command.kind() != SupportKind.EXPERTISE;
        if (funds && command.amount() == null) {
            throw new CommandRefusedException(Refusal.OFFER_AMOUNT_REQUIRED, "An offer of " + command.kind() + " needs an amount.");
        }
        if (!funds && command.amount() != null) {
            throw new CommandRefusedException(Refusal.OFFER_KIND_MISMATCH,
                    "An offer of EXPERTISE carries no amount; offer FUNDS_AND_EXPERTISE to pledge money as well.");
        }
    }

    private static String checkedTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new CommandRefusedException(Refusal.TITLE_REQUIRED, "A project needs a title.");
        }
        return title.strip();
    }

    private static List<Country> checkedRecipients(List<Country> recipients) {
        if (recipients == null || recipients.isEmpty()) {
            throw new CommandRefusedException(Refusal.RECIPIENT_REQUIRED, "A project needs at least one recipient state.");
        }
        if (new HashSet<>(recipients).size() != recipients.size()) {
            throw new CommandRefusedException(Refusal.DUPLICATE_RECIPIENT, "Each recipient state may be named only once.");
        }
        return recipients;
    }

    private static Integer presidency(PartnershipCalendar calendar, LocalDate effectiveDate) {
        return calendar.presidencyOn(effectiveDate).orElse(null);
    }
}
