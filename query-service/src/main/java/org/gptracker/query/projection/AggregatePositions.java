package org.gptracker.query.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** How far each aggregate's event stream has been applied to the read models ({@code read.aggregate_position}). */
@Repository
class AggregatePositions {

    private final JdbcTemplate jdbc;

    AggregatePositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The last applied sequence of the aggregate, locked until the surrounding transaction ends, so
     * a redelivery being processed concurrently (e.g. during a rebalance) waits and then sees this
     * transaction's outcome; null when none of its events has been applied.
     */
    Long lockLastApplied(String aggregateId) {
        List<Long> last = jdbc.queryForList("select last_sequence from read.aggregate_position where aggregate_id = ? for update",
                Long.class, aggregateId);
        return last.isEmpty() ? null : last.get(0);
    }

    /**
     * Starts the position of an aggregate whose first event arrives (-1: nothing applied yet) and
     * locks it; if a concurrent transaction started it first, waits for that one and answers its outcome.
     */
    long startAndLock(String aggregateId, String aggregateType) {
        jdbc.update("""
                insert into read.aggregate_position (aggregate_id, aggregate_type, last_sequence)
                values (?, ?, -1)
                on conflict (aggregate_id) do nothing""", aggregateId, aggregateType);
        return jdbc.queryForObject("select last_sequence from read.aggregate_position where aggregate_id = ? for update",
                Long.class, aggregateId);
    }

    void advance(String aggregateId, long sequence) {
        jdbc.update("update read.aggregate_position set last_sequence = ?, updated_at = now() where aggregate_id = ?",
                sequence, aggregateId);
    }
}
