package org.gptracker.command.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon when an append failed because another transaction stored the same aggregate sequence first:
 * PostgreSQL's unique violation (SQLSTATE 23505), wherever it sits in the cause chain. Axon then raises a
 * {@code ConcurrencyException}, which the command dispatcher retries on the new state; without this, the
 * auto-configured resolver compares vendor error codes, which PostgreSQL does not set, and a race between
 * two instances surfaced as a server error.
 */
class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && violatesUniqueness(sql)) {
                return true;
            }
        }
        return false;
    }

    /** A batch's exception carries the failed statement's own as its next one. */
    private static boolean violatesUniqueness(SQLException sql) {
        for (SQLException each = sql; each != null; each = each.getNextException()) {
            if (UNIQUE_VIOLATION.equals(each.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
