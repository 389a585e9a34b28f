package org.gptracker.events.envelope;

/** The headers a record on {@code gp.events.DLT} carries besides Spring's {@code kafka_dlt-*} ones (asyncapi.yaml). */
public final class DeadLetterHeaders {

    /** Why the record was set aside: unreadable for the query service, unpublishable for the relay. */
    public static final String REASON = "gp-dlt-reason";
    /** The stored event's id (relay only). */
    public static final String EVENT_ID = "gp-event-id";
    /** The stored event's global index (relay only). */
    public static final String GLOBAL_INDEX = "gp-global-index";
    /** The stored payload's wire type, e.g. {@code gp.project.ProjectProposed.v1} (relay only). */
    public static final String PAYLOAD_TYPE = "gp-payload-type";

    private DeadLetterHeaders() {
    }
}
