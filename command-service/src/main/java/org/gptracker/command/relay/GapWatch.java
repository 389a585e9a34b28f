package org.gptracker.command.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The relay's watch over the global indexes its token gave up ({@link LateEvents}) (docs/decisions/0020;
 * outcomes in docs/reliability.md). A global index is drawn in the statement that writes the row, which is why an
 * index still not stored once {@code xmin} passed the {@code xmax} of the watch's first look can never be filled.
 * The watch lives in this instance's memory: a restart forgets it, as if unwatched.
 */
@Component
class GapWatch implements LateEvents {

    private static final Logger log = LoggerFactory.getLogger(GapWatch.class);

    private final JdbcTemplate jdbc;
    private final EventStorageEngine store;
    private final RelaySettings settings;
    /** Watched global index → the snapshot xmax when first looked for (null before that look). */
    private final TreeMap<Long, Long> watched = new TreeMap<>();
    /** Handed out, waiting for their batch to commit: event id → global index. */
    private final Map<String, Long> handedOut = new HashMap<>();
    private final Counter relayed;
    private final Counter neverStored;
    private final Counter unwatched;
    private long nextLetGo;

    GapWatch(JdbcTemplate jdbc, RelayStore store, RelaySettings settings, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.store = store.engine();
        this.settings = settings;
        this.relayed = outcome(registry, "relayed");
        this.neverStored = outcome(registry, "never-stored");
        this.unwatched = outcome(registry, "unwatched");
        Gauge.builder("gp.relay.gaps.watched", this, GapWatch::size)
                .description("Global indexes the relay's token gave up and the relay still looks for in the store")
                .register(registry);
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("gp.relay.late.events")
                .description("Global indexes the relay's token gave up, by what became of them: relayed when their event was "
                        + "stored late, never-stored (a transaction that rolled back), unwatched (more than the watch holds)")
                .tag("outcome", outcome)
                .register(registry);
    }

    synchronized int size() {
        return watched.size();
    }

    @Override
    public synchronized void givenUp(GivenUp gaps) {
        long refused = gaps.unlisted();
        for (Long index : gaps.indexes()) {
            if (watched.size() >= settings.maxWatchedGaps() && !watched.containsKey(index)) {
                refused++;
            } else {
                watched.putIfAbsent(index, null);
            }
        }
        if (refused > 0) {
            unwatched.increment(refused);
            log.error("the relay's token gave up {} global indexes below {} that the watch cannot hold (gp.relay.max-watched-gaps = {}): "
                            + "an event stored at one of them later is not relayed; GET /admin/consistency on the query service shows it",
                    refused, gaps.indexes().isEmpty() ? "?" : gaps.indexes().last(), settings.maxWatchedGaps());
        }
    }

    @Override
    public synchronized List<DomainEventMessage<?>> storedSinceGivenUp() {
        if (watched.isEmpty()) {
            return List.of();
        }
        Set<Long> waiting = new HashSet<>(watched.keySet());
        waiting.removeAll(handedOut.values());
        if (waiting.isEmpty()) {
            return List.of();
        }
        letGoOfNeverStored();
        List<Long> stored = jdbc.queryForList(
                "select global_index from events.domain_event_entry where global_index = any(?) order by global_index",
                Long.class, (Object) waiting.toArray(Long[]::new));
        List<DomainEventMessage<?>> late = new ArrayList<>();
        for (Long index : stored) {
            DomainEventMessage<?> event = read(index);
            handedOut.put(event.getIdentifier(), index);
            late.add(event);
        }
        return late;
    }

    /** Whether {@code eventId} is a late event this watch handed out. */
    synchronized boolean isLate(String eventId) {
        return handedOut.containsKey(eventId);
    }

    /** Kafka acknowledged the late event and its batch committed. */
    synchronized void relayed(String eventId) {
        Long index = handedOut.remove(eventId);
        if (index != null && watched.containsKey(index)) {
            watched.remove(index);
            relayed.increment();
            log.warn("relayed the event at global index {} ({}), stored after the relay's token had given its index up", index, eventId);
        }
    }

    /** The late event's batch failed: it is handed out again by the next stream. */
    synchronized void notRelayed(String eventId) {
        handedOut.remove(eventId);
    }

    private DomainEventMessage<?> read(long index) {
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(GapAwareTrackingToken.newInstance(index - 1, Set.of()), false)) {
            return events.limit(settings.pageSize())
                    .filter(event -> event.trackingToken().position().orElse(-1) == index)
                    .map(event -> (DomainEventMessage<?>) event)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("global index " + index + " is stored but was not read"));
        }
    }

    /**
     * Lets go of the watched indexes no transaction can fill any more, at most once per {@code gp.relay.poll-interval}:
     * notes the current snapshot's xmax for those looked at for the first time, and drops those whose noted xmax the
     * oldest running transaction has passed and that are still not stored.
     */
    private void letGoOfNeverStored() {
        long now = System.nanoTime();
        if (now < nextLetGo) {
            return;
        }
        nextLetGo = now + settings.pollInterval().toNanos();
        Map<String, Object> snapshot = jdbc.queryForMap("select pg_snapshot_xmin(s)::text::bigint as xmin, "
                + "pg_snapshot_xmax(s)::text::bigint as xmax from pg_current_snapshot() s");
        long xmin = ((Number) snapshot.get("xmin")).longValue();
        long xmax = ((Number) snapshot.get("xmax")).longValue();
        List<Long> done = new ArrayList<>();
        for (Iterator<Map.Entry<Long, Long>> entries = watched.entrySet().iterator(); entries.hasNext(); ) {
            Map.Entry<Long, Long> entry = entries.next();
            if (entry.getValue() == null) {
                entry.setValue(xmax);
            } else if (xmin >= entry.getValue() && !handedOut.containsValue(entry.getKey())) {
                done.add(entry.getKey());
            }
        }
        if (done.isEmpty()) {
            return;
        }
        Set<Long> storedMeanwhile = new HashSet<>(jdbc.queryForList(
                "select global_index from events.domain_event_entry where global_index = any(?)", Long.class,
                (Object) done.toArray(Long[]::new)));
        for (Long index : done) {
            if (!storedMeanwhile.contains(index)) {
                watched.remove(index);
                neverStored.increment();
                log.debug("global index {} was never stored (its transaction rolled back): no longer watched", index);
            }
        }
    }
}
