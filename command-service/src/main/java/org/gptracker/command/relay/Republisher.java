package org.gptracker.command.relay;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Sends the stored events from a global index on to the event topic again, through the relay's own
 * {@link EventPublisher}, one page at a time: a page is sent, Kafka acknowledges all of it, then the
 * next page is read. It ends at the store's head as it was when the republish started; later events
 * are the relay's. One republish runs at a time in this instance.
 */
@Component
class Republisher {

    private static final Logger log = LoggerFactory.getLogger(Republisher.class);

    private final EventStorageEngine store;
    private final EventPublisher publisher;
    private final RelaySettings settings;
    private final RelayMetrics metrics;
    private final AtomicBoolean running = new AtomicBoolean();

    Republisher(RelayStore store, EventPublisher publisher, RelaySettings settings, RelayMetrics metrics) {
        this.store = store.engine();
        this.publisher = publisher;
        this.settings = settings;
        this.metrics = metrics;
    }

    Republished republish(long fromGlobalIndex) {
        if (!running.compareAndSet(false, true)) {
            throw new RepublishRunningException();
        }
        try {
            long started = System.nanoTime();
            Republished done = republishUpToHead(fromGlobalIndex);
            log.info("republished {} events (global index {} to {}) in {} ms", done.republished(), done.fromGlobalIndex(),
                    done.toGlobalIndex(), (System.nanoTime() - started) / 1_000_000);
            return done;
        } finally {
            running.set(false);
        }
    }

    boolean running() {
        return running.get();
    }

    private Republished republishUpToHead(long fromGlobalIndex) {
        TrackingToken head = store.createHeadToken();
        long headIndex = head == null ? -1 : head.position().orElse(-1);
        long republished = 0;
        Long lastIndex = null;
        TrackingToken justBefore = GapAwareTrackingToken.newInstance(fromGlobalIndex - 1, Set.of());
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(justBefore, false)) {
            Iterator<? extends TrackedEventMessage<?>> stored = events.iterator();
            EventPublisher.Batch page = publisher.batch();
            while (stored.hasNext()) {
                TrackedEventMessage<?> event = stored.next();
                long index = event.trackingToken().position().orElseThrow();
                if (index > headIndex) {
                    break;
                }
                page.send((DomainEventMessage<?>) event);
                lastIndex = lastIndex == null ? index : Math.max(lastIndex, index);
                if (page.size() == settings.republishPageSize()) {
                    republished += acknowledged(page);
                    page = publisher.batch();
                }
            }
            republished += acknowledged(page);
        }
        return new Republished(fromGlobalIndex, lastIndex, republished);
    }

    /** Waits for Kafka; the events the page put on the event topic (its dead letters not counted). */
    private long acknowledged(EventPublisher.Batch page) {
        page.acknowledged(settings.acknowledgementTimeout());
        metrics.republished(page.published());
        return page.published();
    }

    /**
     * @param toGlobalIndex the highest global index sent, null when none was
     * @param republished   the events put on the event topic again (an unpublishable one goes to the dead-letter topic)
     */
    record Republished(long fromGlobalIndex, Long toGlobalIndex, long republished) {
    }
}
