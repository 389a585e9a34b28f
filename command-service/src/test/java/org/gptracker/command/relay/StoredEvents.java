package org.gptracker.command.relay;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A stand-in for the storage engine: events by global index, read after a gap-aware token as the JDBC engine
 * reads them (every index above the token's, and the token's gaps), each with the token the engine would give
 * it (its sequence number stands for its global index). Counts what the relay pulled from it and which tokens
 * it was asked to read after.
 */
class StoredEvents {

    private final TreeMap<Long, String> aggregateByIndex = new TreeMap<>();
    final EventStorageEngine engine = mock(EventStorageEngine.class);
    final List<TrackingToken> readsAfter = new ArrayList<>();
    final AtomicInteger pulled = new AtomicInteger();
    final AtomicInteger openStreams = new AtomicInteger();

    StoredEvents() {
        when(engine.readEvents(any(), eq(false))).thenAnswer(call -> read(call.getArgument(0)));
    }

    StoredEvents store(long index, String aggregateId) {
        aggregateByIndex.put(index, aggregateId);
        return this;
    }

    StoredEvents storeRange(long from, long to) {
        for (long index = from; index <= to; index++) {
            store(index, "aggregate-" + index % 7);
        }
        return this;
    }

    private Stream<TrackedEventMessage<?>> read(TrackingToken after) {
        readsAfter.add(after);
        openStreams.incrementAndGet();
        GapAwareTrackingToken from = after == null ? GapAwareTrackingToken.newInstance(0, Set.of()) : (GapAwareTrackingToken) after;
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        GapAwareTrackingToken token = from;
        for (var stored : aggregateByIndex.entrySet()) {
            long index = stored.getKey();
            if (index > from.getIndex() || from.getGaps().contains(index)) {
                token = token.advanceTo(index, 10_000);
                events.add(new GenericTrackedDomainEventMessage<>(token,
                        new GenericDomainEventMessage<>("Project", stored.getValue(), index, "event " + index)));
            }
        }
        return events.stream().peek(event -> pulled.incrementAndGet()).onClose(openStreams::decrementAndGet);
    }

    /** The event's own global index (its token's position is the highest index read, a gap's event lies below it). */
    static long index(TrackedEventMessage<?> event) {
        return ((DomainEventMessage<?>) event).getSequenceNumber();
    }
}
