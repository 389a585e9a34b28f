package org.gptracker.query.stream;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event as the stream tells it: a row of {@code stream.event}.
 *
 * @param status the project's status once the event was applied; null for events of other aggregates
 */
record StreamEvent(
        StreamPosition position,
        String eventId,
        String type,
        String aggregateType,
        String aggregateId,
        long sequence,
        Integer presidency,
        LocalDate effectiveDate,
        Instant recordedAt,
        String correlationId,
        String status) {

    static final String PROJECT = "Project";

    /** The project the event is about; null for events of other aggregates. */
    String projectId() {
        return PROJECT.equals(aggregateType) ? aggregateId : null;
    }
}
