package org.gptracker.command.presidency;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;
import java.util.List;

/** The body of {@code POST /api/presidencies}, checked field by field before it becomes a command. */
@Schema(name = "OpenPresidency", description = "A member takes the rotating presidency for a year")
record OpenPresidencyRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2023")
        Integer year,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 3166-1 alpha-2 code of a member", example = "JP")
        String chair,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2023-01-01")
        String startsOn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2023-12-31")
        String endsOn,
        @ArraySchema(uniqueItems = true)
        List<PriorityInput> priorities,
        @Schema(format = "date", description = "the business date of the opening's recording; today when absent, never in the future")
        String effectiveDate) {

    OpenPresidency toCommand(Clock clock) {
        List<OpenPresidency.PriorityText> named = priorities == null ? null : priorities.stream()
                .map(priority -> priority == null ? null : new OpenPresidency.PriorityText(priority.code(), priority.title())).toList();
        return OpenPresidency.of(new FieldErrors(), year, chair, startsOn, endsOn, named, effectiveDate, clock);
    }

    @Schema(name = "Priority", description = "A priority the presidency sets")
    record PriorityInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = PresidencyRequests.MAX_CODE, example = "BIOSECURITY_AFRICA")
            String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = PresidencyRequests.MAX_TITLE, example = "Biosecurity in Africa")
            String title) {
    }
}
