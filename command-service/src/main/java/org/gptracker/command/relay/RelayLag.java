package org.gptracker.command.relay;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many stored events the relay has not sent yet: the event store's highest global index minus the
 * position of the relay's token. Measured every {@code gp.relay.lag-refresh} (default 5 s) rather than on
 * each scrape, as it costs two small queries. The token is the committed one ({@link StoredRelayToken}), so every
 * instance reports the same lag. NaN while the store cannot be read.
 */
@Component
class RelayLag {

    private static final Logger log = LoggerFactory.getLogger(RelayLag.class);

    private final EventStorageEngine store;
    private final StoredRelayToken token;
    private volatile double events = Double.NaN;

    RelayLag(EventStorageEngine store, StoredRelayToken token) {
        this.store = store;
        this.token = token;
    }

    double events() {
        return events;
    }

    @Scheduled(fixedDelayString = "${gp.relay.lag-refresh:5s}")
    void measure() {
        try {
            events = Math.max(0, head() - token.position());
        } catch (RuntimeException e) {
            log.debug("relay lag not measured: {}", e.toString());
            events = Double.NaN;
        }
    }

    /** The highest global index stored, 0 when the store is empty (indexes start at 1). */
    private long head() {
        TrackingToken head = store.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }
}
