package org.gptracker.command.presidency;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;

/** The body of {@code POST /api/presidencies/{year}/close}. */
@Schema(name = "ClosePresidency", description = "A presidency ends; nothing more is recorded against it")
record ClosePresidencyRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2023-12-31")
        String closedOn,
        @Schema(description = "the year of the presidency that follows", example = "2024")
        Integer successorYear,
        @Schema(format = "date", description = "the business date of the closing; today when absent, never in the future")
        String effectiveDate) {

    ClosePresidency toCommand(int year, Clock clock) {
        return ClosePresidency.of(new FieldErrors(), year, closedOn, successorYear, effectiveDate, clock);
    }
}
