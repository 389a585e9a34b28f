package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.command.web.MoneyInput;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * The body of {@code POST /api/projects/{id}/revisions}: only the fields that change; an absent
 * field stays as it was. A revision that changes nothing stores nothing.
 */
@Schema(name = "ReviseProposal", description = "Changes a proposal while it is still only proposed; absent fields stay as they were")
record ReviseProposalRequest(
        @Schema(maxLength = ProposeProjectRequest.MAX_TITLE)
        String title,
        @Schema(maxLength = ProposeProjectRequest.MAX_DESCRIPTION)
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
        String checkedTitle = title == null ? null : errors.requiredText("title", title, ProposeProjectRequest.MAX_TITLE);
        String checkedDescription = errors.optionalText("description", description, ProposeProjectRequest.MAX_DESCRIPTION);
        List<Country> checkedRecipients = null;
        if (recipients != null) {
            if (recipients.isEmpty()) {
                errors.reject("recipients", "needs at least one recipient state (ISO 3166-1 alpha-2 code, e.g. UA)");
            }
            checkedRecipients = errors.each("recipients", recipients, Country::of);
            if (new HashSet<>(checkedRecipients).size() != checkedRecipients.size()) {
                errors.reject("recipients", "names a state more than once");
            }
        }
        CbrnArea checkedArea = area == null ? null : errors.parse("area", () -> ProposeProjectRequest.area(area));
        List<String> checkedPriorities = priorities == null ? null
                : errors.each("priorities", priorities, ProposeProjectRequest::code);
        List<String> checkedExpertise = expertiseNeeded == null ? null
                : errors.each("expertiseNeeded", expertiseNeeded, ProposeProjectRequest::code);
        Money budget = requestedBudget == null ? null : requestedBudget.toMoney("requestedBudget", errors);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new ReviseProposal(projectId, checkedTitle, checkedDescription, checkedRecipients, checkedArea,
                checkedPriorities, budget, checkedExpertise, checkedDate);
    }
}
