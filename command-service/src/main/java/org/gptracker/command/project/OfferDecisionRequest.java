package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;

/** The body of {@code POST /api/projects/{id}/offers/{offerId}/accept} and {@code /withdraw}; it may be empty. */
@Schema(name = "OfferDecision", description = "Settles an open offer; the body may be omitted")
record OfferDecisionRequest(
        @Schema(format = "date", description = "the business date of the decision; today when absent, never in the future",
                example = "2023-06-01")
        String effectiveDate) {

    static final OfferDecisionRequest EMPTY = new OfferDecisionRequest(null);

    AcceptOffer toAccept(String projectId, String offerId, Clock clock) {
        return AcceptOffer.of(new FieldErrors(), projectId, offerId, effectiveDate, clock);
    }

    WithdrawOffer toWithdraw(String projectId, String offerId, Clock clock) {
        return WithdrawOffer.of(new FieldErrors(), projectId, offerId, effectiveDate, clock);
    }
}
