package org.gptracker.command.relay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * What the {@code kafka-relay} processor reads: the event store itself, one page ({@code gp.relay.page-size})
 * at a time (docs/decisions/0001). Not Axon's embedded event store: its producer reads ahead of a tailing
 * processor and keeps everything since the processor's position reachable until its 10 s clean-up, which a relay
 * slower than the writers filled the heap with. Tokens are the engine's own ({@link RelayStore}), so stored relay
 * tokens stay valid.
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
