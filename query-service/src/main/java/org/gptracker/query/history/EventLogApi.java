package org.gptracker.query.history;

/** The OpenAPI tag both event log endpoints share. */
final class EventLogApi {

    static final String TAG = "Event log";
    static final String DESCRIPTION = "Every event as it was recorded: a project's audit trail and a presidency's replay feed";

    private EventLogApi() {
    }
}
