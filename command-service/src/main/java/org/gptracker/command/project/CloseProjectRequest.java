package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.project.Outcome;

import java.time.Clock;
import java.time.LocalDate;

/** The body of {@code POST /api/projects/{id}/close}. */
@Schema(name = "CloseProject", description = "Ends the project; every later command is refused")
record CloseProjectRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"COMPLETED", "CANCELLED", "WITHDRAWN"},
                description = "COMPLETED needs a funded project")
        String outcome,
        @Schema(maxLength = ProjectRequests.MAX_TEXT)
        String summary,
        @Schema(format = "date", description = "the business date of the closure; today when absent, never in the future",
                example = "2024-12-15")
        String effectiveDate) {

    CloseProject toCommand(String projectId, Clock clock) {
        FieldErrors errors = new FieldErrors();
        Outcome checkedOutcome = ProjectRequests.requiredEnum(errors, "outcome", outcome, Outcome.class, "an outcome");
        String checkedSummary = errors.optionalText("summary", summary, ProjectRequests.MAX_TEXT);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new CloseProject(projectId, checkedOutcome, checkedSummary, checkedDate);
    }
}
