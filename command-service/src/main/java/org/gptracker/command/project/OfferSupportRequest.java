package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.command.web.MoneyInput;
import org.gptracker.events.project.SupportKind;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.time.Clock;
import java.time.LocalDate;
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
        Member checkedDonor = ProjectRequests.member(errors, "donor", donor);
        SupportKind checkedKind = ProjectRequests.requiredEnum(errors, "kind", kind, SupportKind.class, "a kind of support");
        Money checkedAmount = amount == null ? null : amount.toMoney("amount", errors);
        if (amount == null && checkedKind != null && checkedKind != SupportKind.EXPERTISE) {
            errors.reject("amount", "is required for an offer of " + checkedKind);
        }
        List<String> checkedExpertise = errors.each("expertise", expertise, ProposeProjectRequest::code);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new OfferSupport(projectId, offerId, checkedDonor, checkedKind, checkedAmount, checkedExpertise, checkedDate);
    }
}
