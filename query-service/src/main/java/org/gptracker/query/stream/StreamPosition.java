package org.gptracker.query.stream;

import java.util.Comparator;

/**
 * Where an event stands in the stream: the transaction that logged it, then its position in {@code stream.event}.
 * Events are streamed in this order, so a client that sends back the last one it saw (as {@code Last-Event-ID})
 * has seen exactly the events before it. Written as {@code <txid>-<position>}.
 */
record StreamPosition(long txid, long position) implements Comparable<StreamPosition> {

    /** Before every event. */
    static final StreamPosition START = new StreamPosition(0, 0);

    private static final Comparator<StreamPosition> ORDER =
            Comparator.comparingLong(StreamPosition::txid).thenComparingLong(StreamPosition::position);

    /** @throws IllegalArgumentException when {@code id} is not a position of this stream */
    static StreamPosition parse(String id) {
        String[] parts = id.trim().split("-", -1);
        if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")) {
            return new StreamPosition(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
        throw new IllegalArgumentException("'" + id + "' is not an id of this stream (the id of an event it sent)");
    }

    boolean isAfter(StreamPosition other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(StreamPosition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return txid + "-" + position;
    }
}
