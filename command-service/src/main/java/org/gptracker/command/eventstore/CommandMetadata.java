package org.gptracker.command.eventstore;

import java.util.Map;

/** The metadata every command carries and every event it causes inherits. */
public final class CommandMetadata {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    /**
     * The state a country-scoped caller (recipient, donor) acts for; absent for the secretariat, empty
     * for a scoped token naming no country. Checked by aggregates, not copied onto events.
     */
    public static final String ACTING_FOR = "actingFor";

    private CommandMetadata() {
    }

    public static Map<String, String> of(String actor, String correlationId) {
        return Map.of(ACTOR, actor, CORRELATION_ID, correlationId);
    }
}
