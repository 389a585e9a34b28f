package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;

/** The body of {@code POST /api/projects/{id}/close}. */
@Schema(name = "CloseProject", description = "Ends the project; every later command is refused")
record CloseProjectRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"COMPLETED", "CANCELLED", "WITHDRAWN"},
                description = "COMPLETED needs a funded project")
        String outcome,
        @Schema(maxLength = ProjectFields.MAX_TEXT)
        String summary,
        @Schema(format = "date", description = "the business date of the closure; today when absent, never in the future",
                example = "2024-12-15")
        String effectiveDate) {

    CloseProject toCommand(String projectId, Clock clock) {
        return CloseProject.of(new FieldErrors(), projectId, outcome, summary, effectiveDate, clock);
    }
}
