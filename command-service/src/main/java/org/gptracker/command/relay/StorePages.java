package org.gptracker.command.relay;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Reads the event store one bounded page at a time: at most {@code pageSize} events after a token, in
 * global index order. The storage engine does the reading (keyset on the global index, in its own fetch
 * batches) and computes each event's gap-aware token, so a gap below the token is asked for again on every
 * page until it is filled or the engine gives it up, exactly as Axon's own streams do. The engine's stream
 * is closed after each page: nothing of it outlives the page.
 */
class StorePages {

    private final EventStorageEngine store;
    private final int pageSize;
    private final IntConsumer pageRead;

    StorePages(EventStorageEngine store, int pageSize, IntConsumer pageRead) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a relay page holds at least one event, not " + pageSize);
        }
        this.store = store;
        this.pageSize = pageSize;
        this.pageRead = pageRead;
    }

    /** The next page after {@code after} ({@code null}: from the store's start); empty when nothing is stored after it. */
    Deque<TrackedEventMessage<?>> after(TrackingToken after) {
        Deque<TrackedEventMessage<?>> page = new ArrayDeque<>(Math.min(pageSize, 1024));
        try (Stream<? extends TrackedEventMessage<?>> stored = store.readEvents(after, false)) {
            stored.limit(pageSize).forEachOrdered(page::addLast);
        }
        pageRead.accept(page.size());
        return page;
    }

    int pageSize() {
        return pageSize;
    }
}
