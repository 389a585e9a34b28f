package org.gptracker.query.history;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a project's audit trail. */
record HistoryEvent(
        String eventId,
        long sequence,
        @Schema(description = "Wire type with version", example = "gp.project.ProjectProposed.v1")
        String type,
        LocalDate effectiveDate,
        Instant recordedAt,
        @Schema(description = "The presidency the effective date falls in; null when none")
        Integer presidency,
        String actor,
        @Schema(description = "The request that caused the event; every event of one request carries the same")
        String correlationId,
        @JsonRawValue
        @Schema(implementation = Object.class, description = "The event's payload as the command side stored it")
        String data) {

    static HistoryEvent of(LoggedEvent event) {
        return new HistoryEvent(event.eventId(), event.sequence(), event.type(), event.effectiveDate(), event.recordedAt(),
                event.presidency(), event.actor(), event.correlationId(), event.data());
    }
}
