package org.gptracker.query.history;

import java.util.List;
import java.util.UUID;

/** A project's audit trail: every event of its stream, in sequence order. */
record ProjectHistory(UUID projectId, List<HistoryEvent> events) {

    static ProjectHistory of(UUID projectId, List<LoggedEvent> events) {
        return new ProjectHistory(projectId, events.stream().map(HistoryEvent::of).toList());
    }
}
