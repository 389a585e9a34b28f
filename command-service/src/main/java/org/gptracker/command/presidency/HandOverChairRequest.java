package org.gptracker.command.presidency;

import io.swagger.v3.oas.annotations.media.Schema;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;

/** The body of {@code POST /api/presidencies/{year}/handover}. */
@Schema(name = "HandOverChair", description = "Another member chairs the rest of the presidency")
record HandOverChairRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the member taking over", example = "DE")
        String chair,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = "the first day under the new chair",
                example = "2014-06-01")
        String since,
        @Schema(format = "date", description = "the business date of the handover; today when absent, never in the future")
        String effectiveDate) {

    HandOverChair toCommand(int year, Clock clock) {
        return HandOverChair.of(new FieldErrors(), year, chair, since, effectiveDate, clock);
    }
}
