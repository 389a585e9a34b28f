package org.gptracker.command.relay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * What the {@code kafka-relay} processor reads (application.yml: its {@code source}): the event store
 * itself, page by page, rather than Axon's embedded event store. That store's producer reads ahead of a
 * processor that tails it and keeps every event read since the processor's position reachable until its
 * clean-up (every 10 s) notices the processor fell behind, which a relay slower than the writers filled the
 * heap with. Here a stream holds one page ({@code gp.relay.page-size}) at most. Tokens are the storage
 * engine's own gap-aware tokens ({@link RelayStore}: the relay's reader), so stored relay tokens stay valid.
 */
@Component(RelayEventSource.BEAN)
class RelayEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    static final String BEAN = "relayEventSource";

    private final EventStorageEngine store;
    private final StoreCommits commits;
    private final RelaySettings settings;
    private final RelayMetrics metrics;

    private final GapWatch gapWatch;

    RelayEventSource(RelayStore store, StoreCommits commits, GapWatch gapWatch, RelaySettings settings, RelayMetrics metrics) {
        this.store = store.engine();
        this.gapWatch = gapWatch;
        this.commits = commits;
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken after) {
        StorePages pages = new StorePages(store, settings.pageSize(), metrics::pageRead);
        return new RelayEventStream(pages, commits, gapWatch, settings.maxWatchedGaps(), settings.pollInterval(), after);
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }
}
