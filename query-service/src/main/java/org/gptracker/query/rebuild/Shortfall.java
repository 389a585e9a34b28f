package org.gptracker.query.rebuild;

/**
 * An aggregate of which the rebuilt read models hold less than the event store: its events past {@code rebuilt} never
 * came through the event log.
 *
 * @param rebuilt the last sequence the rebuild applied, -1 when none
 */
record Shortfall(String aggregateId, String aggregateType, long stored, long rebuilt) {

    @Override
    public String toString() {
        return aggregateType + " " + aggregateId + " (store: up to sequence " + stored + ", rebuilt: "
                + (rebuilt < 0 ? "nothing" : "up to " + rebuilt) + ")";
    }
}
