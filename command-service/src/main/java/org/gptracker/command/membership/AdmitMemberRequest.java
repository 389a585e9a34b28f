package org.gptracker.command.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;

/** The body of {@code POST /api/members}. */
@Schema(name = "AdmitMember", description = "A state joins the partnership")
record AdmitMemberRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 3166-1 alpha-2 code", example = "JP")
        String country,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2002-06-27")
        String admittedOn,
        @Schema(format = "date", description = "the business date of the admission's recording; today when absent, never in the future")
        String effectiveDate) {

    AdmitMember toCommand(Clock clock) {
        return AdmitMember.of(new FieldErrors(), country, admittedOn, effectiveDate, clock);
    }
}
