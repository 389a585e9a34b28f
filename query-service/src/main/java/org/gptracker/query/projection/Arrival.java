package org.gptracker.query.projection;

/** How an event arrives relative to the last applied sequence of its aggregate. */
enum Arrival {

    /** The next event of the stream: apply it. */
    NEXT,

    /** Already applied (at-least-once delivery redelivered it): skip it. */
    DUPLICATE;

    /**
     * @param lastApplied the last applied sequence, -1 when none of the aggregate's events was applied
     * @throws SequenceGapException when events between the last applied one and this one are missing
     */
    static Arrival of(String aggregateId, long lastApplied, long sequence) {
        if (sequence <= lastApplied) {
            return DUPLICATE;
        }
        if (sequence > lastApplied + 1) {
            throw new SequenceGapException(aggregateId, lastApplied + 1, sequence);
        }
        return NEXT;
    }
}
