package org.gptracker.command.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;

import java.time.Clock;

/** The body of {@code POST /api/members/{country}/reinstatement}. */
@Schema(name = "ReinstateMember", description = "A suspended member is in good standing again")
record ReinstateMemberRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date",
                description = "the first day in good standing again", example = "2024-01-01")
        String since,
        @Schema(format = "date", description = "the business date of the decision; today when absent, never in the future")
        String effectiveDate) {

    ReinstateMember toCommand(Member country, Clock clock) {
        return ReinstateMember.of(new FieldErrors(), country, since, effectiveDate, clock);
    }
}
