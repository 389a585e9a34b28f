package org.gptracker.command.presidency;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;

/** The body of {@code POST /api/presidencies/{year}/priorities}. */
@Schema(name = "DeclarePriority", description = "An open presidency declares one more priority")
record DeclarePriorityRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = PresidencyRequests.MAX_CODE, example = "CBRN_DISINFORMATION")
        String code,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = PresidencyRequests.MAX_TITLE, example = "CBRN disinformation")
        String title,
        @Schema(format = "date", description = "the business date of the declaration; today when absent, never in the future")
        String effectiveDate) {

    DeclarePriority toCommand(int year, Clock clock) {
        return DeclarePriority.of(new FieldErrors(), year, code, title, effectiveDate, clock);
    }
}
