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
        FieldErrors errors = new FieldErrors();
        var checkedCode = PresidencyRequests.code(errors, "code", code);
        var checkedTitle = PresidencyRequests.title(errors, "title", title);
        var checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new DeclarePriority(year, checkedCode, checkedTitle, checkedDate);
    }
}
