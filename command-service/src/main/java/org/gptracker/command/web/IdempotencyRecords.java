package org.gptracker.command.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The table of answered Idempotency-Keys. */
@Component
class IdempotencyRecords {

    private final JdbcTemplate jdbc;

    IdempotencyRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RecordedAnswer> find(String key) {
        return jdbc.query("select request_hash, status, location, body from events.idempotency_record where idempotency_key = ?",
                (row, n) -> new RecordedAnswer(row.getString(1), row.getInt(2), row.getString(3), row.getString(4)), key)
                .stream().findFirst();
    }

    /** Fails with a duplicate-key error when another request recorded the same key first. */
    void record(String key, RecordedAnswer answer) {
        jdbc.update("insert into events.idempotency_record (idempotency_key, request_hash, status, location, body) values (?, ?, ?, ?, ?)",
                key, answer.requestHash(), answer.status(), answer.location(), answer.body());
    }
}
