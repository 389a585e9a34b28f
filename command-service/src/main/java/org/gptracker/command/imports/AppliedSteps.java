package org.gptracker.command.imports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys of the steps imports have applied, written in the same transaction as the steps'
 * events: a step is either applied and recorded, or neither. The key is the step's own (project
 * and content), so another import of the same step, by anyone, stores nothing.
 */
@Component
class AppliedSteps {

    private final JdbcTemplate jdbc;

    AppliedSteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> appliedAmong(List<String> keys) {
        return new HashSet<>(jdbc.queryForList("select step_key from events.imported_step where step_key = any(?)", String.class,
                (Object) keys.toArray(String[]::new)));
    }

    /** Fails with a duplicate-key error when a concurrent import recorded one of the keys first. */
    void record(List<String> keys, String importId) {
        jdbc.batchUpdate("insert into events.imported_step (step_key, import_id) values (?, ?::uuid)",
                keys.stream().map(key -> new Object[]{key, importId}).toList());
    }
}
