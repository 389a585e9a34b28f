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
        @Schema(description = "Who made the change (the token's sub); null once that person was erased")
        String actor,
        @Schema(description = "The pseudonymous reference of who made the change, which the audit chain covers")
        String actorRef,
        @Schema(description = "The request that caused the event; every event of one request carries the same")
        String correlationId,
        @JsonRawValue
        @Schema(implementation = Object.class, description = "The event's payload as the command side stored it")
        String data,
        @Schema(description = "The event's link of its aggregate's audit chain (docs/audit.md), lowercase hex")
        String hash,
        @Schema(description = "The previous event's hash; 64 zeros before the first")
        String prevHash) {

    static HistoryEvent of(LoggedEvent event) {
        return new HistoryEvent(event.eventId(), event.sequence(), event.type(), event.effectiveDate(), event.recordedAt(),
                event.presidency(), event.actor(), event.actorRef(), event.correlationId(), event.data(), event.hash(),
                event.prevHash());
    }
}
