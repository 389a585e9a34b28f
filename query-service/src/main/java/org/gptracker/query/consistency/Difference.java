package org.gptracker.query.consistency;

/**
 * An aggregate the event store and the read model disagree on.
 *
 * @param store     the event store's last sequence, null when it does not know the aggregate
 * @param readModel the last sequence applied to the read models, null when they do not know the aggregate
 */
record Difference(String aggregateId, String aggregateType, Long store, Long readModel) {
}
