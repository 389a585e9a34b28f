package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.command.web.MoneyInput;

import java.time.Clock;
import java.util.List;

/**
 * The body of {@code POST /api/projects/{id}/revisions}: only the fields that change; an absent
 * field stays as it was. A revision that changes nothing stores nothing.
 */
@Schema(name = "ReviseProposal", description = "Changes a proposal while it is still only proposed; absent fields stay as they were")
record ReviseProposalRequest(
        @Schema(maxLength = ProjectFields.MAX_TITLE)
        String title,
        @Schema(maxLength = ProjectFields.MAX_DESCRIPTION)
        String description,
        @ArraySchema(minItems = 1, uniqueItems = true, schema = @Schema(description = "ISO 3166-1 alpha-2 code", example = "UA"))
        List<String> recipients,
        @Schema(allowableValues = {"CHEMICAL", "BIOLOGICAL", "RADIOLOGICAL", "NUCLEAR", "CROSS_CUTTING"})
        String area,
        @ArraySchema(schema = @Schema(description = "a presidency priority code", example = "UKRAINE"))
        List<String> priorities,
        MoneyInput requestedBudget,
        List<String> expertiseNeeded,
        @Schema(format = "date", description = "the business date of the revision; today when absent, never in the future",
                example = "2023-04-02")
        String effectiveDate) {

    ReviseProposal toCommand(String projectId, Clock clock) {
        FieldErrors errors = new FieldErrors();
        return ReviseProposal.of(errors, projectId, title, description, recipients, area, priorities,
                MoneyInput.amountText(requestedBudget, "requestedBudget", errors), MoneyInput.currency(requestedBudget),
                expertiseNeeded, effectiveDate, clock);
    }
}
