package org.gptracker.command.eventstore;

import java.util.Map;

/** The metadata every command carries and every event it causes inherits. */
public final class CommandMetadata {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";

    private CommandMetadata() {
    }

    public static Map<String, String> of(String actor, String correlationId) {
        return Map.of(ACTOR, actor, CORRELATION_ID, correlationId);
    }
}
