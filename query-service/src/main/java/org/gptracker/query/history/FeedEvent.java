package org.gptracker.query.history;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** One event of a presidency's replay feed: a history entry that also names its aggregate. */
record FeedEvent(
        String eventId,
        @Schema(example = "Project")
        String aggregateType,
        @Schema(description = "The project id, presidency year or member country code")
        String aggregateId,
        long sequence,
        @Schema(description = "Wire type with version", example = "gp.project.ProjectProposed.v1")
        String type,
        LocalDate effectiveDate,
        Instant recordedAt,
        Integer presidency,
        String actor,
        @Schema(description = "The request that caused the event; every event of one request carries the same")
        String correlationId,
        @JsonRawValue
        @Schema(implementation = Object.class, description = "The event's payload as the command side stored it")
        String data) {

    static FeedEvent of(LoggedEvent event) {
        return new FeedEvent(event.eventId(), event.aggregateType(), event.aggregateId(), event.sequence(), event.type(),
                event.effectiveDate(), event.recordedAt(), event.presidency(), event.actor(), event.correlationId(),
                event.data());
    }
}
