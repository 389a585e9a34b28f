package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;
import java.time.LocalDate;

/** The body of {@code POST /api/projects/{id}/offers/{offerId}/decline}; it may be empty. */
@Schema(name = "DeclineOffer", description = "The recipient declines an open offer")
record DeclineOfferRequest(
        @Schema(maxLength = ProjectRequests.MAX_TEXT, example = "Covered by another partner")
        String reason,
        @Schema(format = "date", description = "the business date of the decision; today when absent, never in the future",
                example = "2023-06-01")
        String effectiveDate) {

    static final DeclineOfferRequest EMPTY = new DeclineOfferRequest(null, null);

    DeclineOffer toCommand(String projectId, String offerId, Clock clock) {
        FieldErrors errors = new FieldErrors();
        String checkedReason = errors.optionalText("reason", reason, ProjectRequests.MAX_TEXT);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new DeclineOffer(projectId, offerId, checkedReason == null || checkedReason.isBlank() ? null : checkedReason.strip(),
                checkedDate);
    }
}
