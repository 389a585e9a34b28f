package org.gptracker.query.projection;

import org.gptracker.events.envelope.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each aggregate's stream has been applied ({@code aggregate_position}), for the {@link Arrival} rule: read
 * once per batch, advanced in memory, written with the batch. The live stream takes a fresh store per poll and locks
 * the rows it read until its transaction ends, so a redelivery handled concurrently (during a rebalance) waits and
 * then sees this one's outcome. A rebuild's store starts on empty tables and keeps every position in memory for its
 * life, so it never reads one back: an aggregate it does not hold has none.
 */
final class PositionStore {

    /** Whether the rows are read from the table, locked until the transaction ends (live), or all in memory (rebuild). */
    private final boolean live;
    private final Map<String, Position> positions = new HashMap<>();
    private final Map<String, Position> moved = new LinkedHashMap<>();

    private static final class Position {
        private final String aggregateType;
        private long last = -1;
        private String hash;
        private boolean stored;

        private Position(String aggregateType) {
            this.aggregateType = aggregateType;
        }
    }

    private record Row(String aggregateId, String aggregateType, long last, String hash, boolean stored) {
    }

    private PositionStore(boolean live) {
        this.live = live;
    }

    /** A poll's positions: read from the live table and locked until its transaction ends. */
    static PositionStore live() {
        return new PositionStore(true);
    }

    /** A rebuild's positions, from empty tables: every one in memory for the store's life. */
    static PositionStore rebuilding() {
        return new PositionStore(false);
    }

    /** Reads the positions of the batch's aggregates not in memory yet (live only: a rebuild holds them all). */
    void prefetch(List<EventEnvelope> batch, JdbcTemplate jdbc, String schema) {
        if (!live) {
            return;
        }
        String[] unknown = batch.stream().map(EventEnvelope::subject).filter(id -> !positions.containsKey(id))
                .distinct().toArray(String[]::new);
        if (unknown.length > 0) {
            jdbc.query("""
                    select aggregate_id, aggregate_type, last_sequence, last_hash from %s.aggregate_position
                    where aggregate_id = any (?) order by aggregate_id for update""".formatted(schema), rs -> {
                Position position = new Position(rs.getString(2));
                position.last = rs.getLong(3);
                position.hash = rs.getString(4);
                position.stored = true;
                positions.put(rs.getString(1), position);
            }, (Object) unknown);
        }
    }

    /** Whether events of the aggregate were applied before: its rows exist. */
    boolean known(String aggregateId) {
        Position position = positions.get(aggregateId);
        return position != null && position.last >= 0;
    }

    long lastApplied(String aggregateId) {
        Position position = positions.get(aggregateId);
        return position == null ? -1 : position.last;
    }

    /** The audit chain hash of the aggregate's last applied event; null when none (or it came without one). */
    String lastHash(String aggregateId) {
        Position position = positions.get(aggregateId);
        return position == null ? null : position.hash;
    }

    /** @throws SequenceGapException when events between the last applied one and this one are missing */
    Arrival arrival(EventEnvelope envelope) {
        return Arrival.of(envelope.subject(), lastApplied(envelope.subject()), envelope.sequence());
    }

    void advance(EventEnvelope envelope) {
        Position position = positions.computeIfAbsent(envelope.subject(), id -> new Position(envelope.aggregateType()));
        position.last = envelope.sequence();
        position.hash = envelope.hash();
        moved.put(envelope.subject(), position);
    }

    /** Positions first written go in with COPY; those written before are updated. */
    BatchStore.Write drain() {
        List<Row> rows = new ArrayList<>(moved.size());
        moved.forEach((id, position) -> {
            rows.add(new Row(id, position.aggregateType, position.last, position.hash, position.stored));
            position.stored = true;
        });
        moved.clear();
        return (jdbc, schema) -> {
            CopyRows started = new CopyRows();
            List<Row> advanced = new ArrayList<>();
            for (Row row : rows) {
                if (row.stored()) {
                    advanced.add(row);
                } else {
                    started.text(row.aggregateId()).text(row.aggregateType()).number(row.last()).text(row.hash()).endRow();
                }
            }
            started.copy(jdbc, "copy %s.aggregate_position (aggregate_id, aggregate_type, last_sequence, last_hash) from stdin"
                    .formatted(schema));
            jdbc.batchUpdate("update %s.aggregate_position set last_sequence = ?, last_hash = ?, updated_at = now() where aggregate_id = ?"
                    .formatted(schema), advanced, 1000, (statement, row) -> {
                statement.setLong(1, row.last());
                statement.setString(2, row.hash());
                statement.setString(3, row.aggregateId());
            });
        };
    }
}
