package org.gptracker.command.project;

import com.fasterxml.jackson.databind.node.TextNode;
import org.gptracker.command.web.MoneyInput;

import java.time.Clock;
import java.util.List;

/**
 * The project commands for senders other than the HTTP API (the bulk import): each is built by the
 * same request body the API reads, so it is checked by the same rules and refused with the same
 * messages ({@link org.gptracker.web.RequestValidationException}). Fields are given as text,
 * as a client would send them; ids are the sender's.
 */
public final class ProjectCommands {

    private final Clock clock;

    public ProjectCommands(Clock clock) {
        this.clock = clock;
    }

    public Object propose(String projectId, String title, String description, List<String> recipients, String area,
                          List<String> priorities, String amount, String currency, String effectiveDate) {
        return new ProposeProjectRequest(title, description, recipients, area, priorities, money(amount, currency), null,
                effectiveDate).toCommand(projectId, clock);
    }

    /** Absent (null) fields stay as they are. */
    public Object revise(String projectId, String title, String description, List<String> recipients, String area,
                         List<String> priorities, String amount, String currency, String effectiveDate) {
        return new ReviseProposalRequest(title, description, recipients, area, priorities, money(amount, currency), null,
                effectiveDate).toCommand(projectId, clock);
    }

    public Object offer(String projectId, String offerId, String donor, String kind, String amount, String currency,
                        String effectiveDate) {
        return new OfferSupportRequest(donor, kind, money(amount, currency), null, effectiveDate).toCommand(projectId, offerId, clock);
    }

    public Object accept(String projectId, String offerId, String effectiveDate) {
        return new OfferDecisionRequest(effectiveDate).toAccept(projectId, offerId, clock);
    }

    public Object decline(String projectId, String offerId, String reason, String effectiveDate) {
        return new DeclineOfferRequest(reason, effectiveDate).toCommand(projectId, offerId, clock);
    }

    public Object withdraw(String projectId, String offerId, String effectiveDate) {
        return new OfferDecisionRequest(effectiveDate).toWithdraw(projectId, offerId, clock);
    }

    public Object commit(String projectId, String commitmentId, String donor, String amount, String currency, String effectiveDate) {
        return new FundingRequest(donor, money(amount, currency), effectiveDate).toCommitment(projectId, commitmentId, clock);
    }

    public Object disburse(String projectId, String disbursementId, String donor, String amount, String currency,
                           String effectiveDate) {
        return new FundingRequest(donor, money(amount, currency), effectiveDate).toDisbursement(projectId, disbursementId, clock);
    }

    public Object close(String projectId, String outcome, String summary, String effectiveDate) {
        return new CloseProjectRequest(outcome, summary, effectiveDate).toCommand(projectId, clock);
    }

    private static MoneyInput money(String amount, String currency) {
        if (amount == null && currency == null) {
            return null;
        }
        return new MoneyInput(amount == null ? null : TextNode.valueOf(amount), currency);
    }
}
