package org.gptracker.command.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;

import java.time.Clock;

/** The body of {@code POST /api/members/{country}/suspension}. */
@Schema(name = "SuspendMember", description = "A member is suspended: it may not offer, commit or disburse from that date")
record SuspendMemberRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = "the first day of the suspension",
                example = "2023-06-01")
        String since,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MembershipRequests.MAX_REASON)
        String reason,
        @Schema(format = "date", description = "the business date of the decision; today when absent, never in the future")
        String effectiveDate) {

    SuspendMember toCommand(Member country, Clock clock) {
        return SuspendMember.of(new FieldErrors(), country, since, reason, effectiveDate, clock);
    }
}
