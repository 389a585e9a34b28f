package org.gptracker.command.relay;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.OptionalLong;

/**
 * How many stored events the relay has not sent yet: the event store's highest global index minus the
 * position of the relay's token. Measured every {@code gp.relay.lag-refresh} (default 5 s) rather than on
 * each scrape, as it costs two small queries. The token is read from {@code events.token_entry} (not from
 * this instance's processor), so every instance reports the same lag whichever of them holds the relay's
 * segment; with several segments the one furthest behind counts. NaN while the store cannot be read.
 */
@Component
class RelayLag {

    private static final Logger log = LoggerFactory.getLogger(RelayLag.class);

    private final EventStorageEngine store;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private volatile double events = Double.NaN;

    RelayLag(EventStorageEngine store, JdbcTemplate jdbc, Serializer serializer) {
        this.store = store;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    double events() {
        return events;
    }

    @Scheduled(fixedDelayString = "${gp.relay.lag-refresh:5s}")
    void measure() {
        try {
            events = Math.max(0, head() - relayPosition());
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

    /** The global index up to which the relay has sent everything; 0 before its first batch. */
    private long relayPosition() {
        List<OptionalLong> segments = jdbc.query(
                "select token, token_type from events.token_entry where processor_name = ?",
                (row, n) -> position(row.getBytes("token"), row.getString("token_type")),
                KafkaRelay.PROCESSING_GROUP);
        return segments.stream().mapToLong(position -> position.orElse(0)).min().orElse(0);
    }

    private OptionalLong position(byte[] token, String tokenType) {
        if (token == null || tokenType == null) {
            return OptionalLong.empty();
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, tokenType, null));
        return tracking == null ? OptionalLong.empty() : tracking.position();
    }
}
