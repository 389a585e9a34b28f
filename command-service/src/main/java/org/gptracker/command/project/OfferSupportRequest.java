package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.command.web.MoneyInput;

import java.time.Clock;
import java.util.List;

/** The body of {@code POST /api/projects/{id}/offers}: a member offers funds, expertise or both. */
@Schema(name = "OfferSupport", description = "A member state offers funds, expertise or both (an IATI outgoing pledge)")
record OfferSupportRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 3166-1 alpha-2 code of a member", example = "CA")
        String donor,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"FUNDS", "EXPERTISE", "FUNDS_AND_EXPERTISE"})
        String kind,
        @Schema(description = "required for FUNDS and FUNDS_AND_EXPERTISE")
        MoneyInput amount,
        @ArraySchema(schema = @Schema(description = "an area of expertise offered", example = "PHYSICAL_PROTECTION"))
        List<String> expertise,
        @Schema(format = "date", description = "the business date of the offer; today when absent, never in the future",
                example = "2023-05-10")
        String effectiveDate) {

    OfferSupport toCommand(String projectId, String offerId, Clock clock) {
        FieldErrors errors = new FieldErrors();
        return OfferSupport.of(errors, projectId, offerId, donor, kind, MoneyInput.amountText(amount, "amount", errors),
                MoneyInput.currency(amount), expertise, effectiveDate, clock);
    }
}
