package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.command.web.MoneyInput;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.InvalidValueException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** The body of {@code POST /api/projects}, checked field by field before it becomes a command. */
@Schema(name = "ProposeProject", description = "A recipient state (or several) proposes a project")
record ProposeProjectRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_TITLE,
                example = "Rebuild physical protection at the Chornobyl site")
        String title,
        @Schema(maxLength = MAX_DESCRIPTION)
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

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_CODE = 64;

    ProposeProject toCommand(String projectId, Clock clock) {
        FieldErrors errors = new FieldErrors();
        String checkedTitle = errors.requiredText("title", title, MAX_TITLE);
        String checkedDescription = errors.optionalText("description", description, MAX_DESCRIPTION);
        if (recipients == null || recipients.isEmpty()) {
            errors.reject("recipients", "needs at least one recipient state (ISO 3166-1 alpha-2 code, e.g. UA)");
        }
        List<Country> checkedRecipients = errors.each("recipients", recipients, Country::of);
        if (new HashSet<>(checkedRecipients).size() != checkedRecipients.size()) {
            errors.reject("recipients", "names a state more than once");
        }
        CbrnArea checkedArea = errors.required("area", area) == null ? null : errors.parse("area", () -> area(area));
        List<String> checkedPriorities = errors.each("priorities", priorities, ProposeProjectRequest::code);
        List<String> checkedExpertise = errors.each("expertiseNeeded", expertiseNeeded, ProposeProjectRequest::code);
        var budget = errors.required("requestedBudget", requestedBudget) == null ? null
                : requestedBudget.toMoney("requestedBudget", errors);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new ProposeProject(projectId, checkedTitle, checkedDescription, checkedRecipients, checkedArea,
                checkedPriorities, budget, checkedExpertise, checkedDate);
    }

    static CbrnArea area(String value) {
        try {
            return CbrnArea.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("'" + value + "' is not a CBRN area; use one of " + Arrays.toString(CbrnArea.values()));
        }
    }

    static String code(String value) {
        if (value.isBlank() || value.length() > MAX_CODE) {
            throw new InvalidValueException("must be a non-blank code of at most " + MAX_CODE + " characters");
        }
        return FieldErrors.text(value).strip();
    }
}
