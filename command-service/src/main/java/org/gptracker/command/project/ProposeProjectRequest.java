package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.command.web.MoneyInput;

import java.time.Clock;
import java.util.List;

/** The body of {@code POST /api/projects}, checked field by field before it becomes a command. */
@Schema(name = "ProposeProject", description = "A recipient state (or several) proposes a project")
record ProposeProjectRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProjectFields.MAX_TITLE,
                example = "Rebuild physical protection at the Chornobyl site")
        String title,
        @Schema(maxLength = ProjectFields.MAX_DESCRIPTION)
        String description,
        @ArraySchema(minItems = 1, uniqueItems = true, schema = @Schema(description = "ISO 3166-1 alpha-2 code", example = "UA"))
        List<String> recipients,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"CHEMICAL", "BIOLOGICAL", "RADIOLOGICAL", "NUCLEAR", "CROSS_CUTTING"})
        String area,
        @ArraySchema(schema = @Schema(description = "a presidency priority code", example = "UKRAINE"))
        List<String> priorities,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        MoneyInput requestedBudget,
        List<String> expertiseNeeded,
        @Schema(format = "date", description = "the business date of the proposal; today when absent, never in the future",
                example = "2023-03-14")
        String effectiveDate) {

    ProposeProject toCommand(String projectId, Clock clock) {
        FieldErrors errors = new FieldErrors();
        return ProposeProject.of(errors, projectId, title, description, recipients, area, priorities,
                MoneyInput.amountText(requestedBudget, "requestedBudget", errors), MoneyInput.currency(requestedBudget),
                expertiseNeeded, effectiveDate, clock);
    }
}
