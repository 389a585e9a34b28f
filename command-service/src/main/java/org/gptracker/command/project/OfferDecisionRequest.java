package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;
import java.time.LocalDate;

/** The body of {@code POST /api/projects/{id}/offers/{offerId}/accept} and {@code /withdraw}; it may be empty. */
@Schema(name = "OfferDecision", description = "Settles an open offer; the body may be omitted")
record OfferDecisionRequest(
        @Schema(format = "date", description = "the business date of the decision; today when absent, never in the future",
                example = "2023-06-01")
        String effectiveDate) {

    static final OfferDecisionRequest EMPTY = new OfferDecisionRequest(null);

    LocalDate checkedEffectiveDate(Clock clock) {
        FieldErrors errors = new FieldErrors();
        LocalDate checked = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return checked;
    }

    AcceptOffer toAccept(String projectId, String offerId, Clock clock) {
        return new AcceptOffer(projectId, offerId, checkedEffectiveDate(clock));
    }

    WithdrawOffer toWithdraw(String projectId, String offerId, Clock clock) {
        return new WithdrawOffer(projectId, offerId, checkedEffectiveDate(clock));
    }
}
