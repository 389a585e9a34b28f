package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;

/** The body of {@code POST /api/projects/{id}/offers/{offerId}/decline}; it may be empty. */
@Schema(name = "DeclineOffer", description = "The recipient declines an open offer")
record DeclineOfferRequest(
        @Schema(maxLength = ProjectFields.MAX_TEXT, example = "Covered by another partner")
        String reason,
        @Schema(format = "date", description = "the business date of the decision; today when absent, never in the future",
                example = "2023-06-01")
        String effectiveDate) {

    static final DeclineOfferRequest EMPTY = new DeclineOfferRequest(null, null);

    DeclineOffer toCommand(String projectId, String offerId, Clock clock) {
        return DeclineOffer.of(new FieldErrors(), projectId, offerId, reason, effectiveDate, clock);
    }
}
