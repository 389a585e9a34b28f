package org.gptracker.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The answer of {@code GET /api/imports/{importId}} (DESIGN §8). */
@Schema(name = "Import", description = "An import's progress and every row it did not apply")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ImportView(
        String importId,
        @Schema(allowableValues = {"RUNNING", "COMPLETED", "FAILED"}) String state,
        @Schema(allowableValues = {"CSV", "IATI"}) String format,
        @Schema(description = "rows of the file (for IATI: activities and their transactions)") int rows,
        int rowsDone,
        int projects,
        @Schema(description = "projects whose new steps were all applied") int projectsApplied,
        @Schema(description = "projects whose every step an earlier import had applied; nothing stored") int projectsUnchanged,
        @Schema(description = "projects with a bad row; none of their rows applied") int projectsRefused,
        @Schema(description = "the rows not applied, by line; at most " + ImportProgress.MAX_ERRORS) List<ImportError> errors,
        @Schema(description = "how many errors there are in all") int errorCount,
        @Schema(description = "why a FAILED import could not read (or finish) the file") String reason,
        Instant startedAt,
        Instant finishedAt) {
}
