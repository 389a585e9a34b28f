package org.gptracker.query.projection;

/**
 * Events of an aggregate are missing between the last applied one and the one received. Applying
 * it would silently skip history, so it is never applied nor dead-lettered: the partition stops
 * here and retries until the missing events are in the read model.
 */
class SequenceGapException extends RuntimeException {

    private final String aggregateId;
    private final long expected;
    private final long received;

    SequenceGapException(String aggregateId, long expected, long received) {
        super("sequence gap in aggregate " + aggregateId + ": expected sequence " + expected + ", received " + received
                + "; its partition is halted until the missing events are applied");
        this.aggregateId = aggregateId;
        this.expected = expected;
        this.received = received;
    }

    String aggregateId() {
        return aggregateId;
    }

    long expected() {
        return expected;
    }

    long received() {
        return received;
    }
}
