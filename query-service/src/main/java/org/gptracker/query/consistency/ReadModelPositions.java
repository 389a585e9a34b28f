package org.gptracker.query.consistency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.Map;

/** The read model's side: {@code read.aggregate_position}, how far each aggregate's stream has been applied. */
@Repository
class ReadModelPositions {

    private final JdbcTemplate jdbc;

    ReadModelPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every aggregate's position by id, in one query. */
    Map<String, AggregatePosition> all() {
        Map<String, AggregatePosition> positions = new HashMap<>();
        jdbc.query("select aggregate_id, aggregate_type, last_sequence from read.aggregate_position", row -> {
            String aggregateId = row.getString(1);
            positions.put(aggregateId, new AggregatePosition(aggregateId, row.getString(2), row.getLong(3)));
        });
        return positions;
    }
}
