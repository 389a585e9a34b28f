package org.gptracker.command.imports;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gptracker.command.AccessRefusedException;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.web.RequestValidationException;
import org.springframework.dao.DuplicateKeyException;

import java.sql.SQLException;
import java.util.stream.Collectors;

/** Why a step was not applied, in the words the API would have answered it with. */
final class Reasons {

    private static final String UNIQUE_VIOLATION = "23505";

    private Reasons() {
    }

    /** The reason, or null when {@code failure} is not about the step (the import itself broke). */
    static String of(RuntimeException failure, String projectId) {
        if (failure instanceof RequestValidationException invalid) {
            return invalid.errors().stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        }
        if (failure instanceof CommandRefusedException refused) {
            return refused.code() + ": " + refused.getMessage();
        }
        if (failure instanceof AccessRefusedException forbidden) {
            return forbidden.getMessage();
        }
        if (failure instanceof AggregateNotFoundException) {
            return "project " + projectId + " does not exist; its first step must be PROPOSE";
        }
        if (failure instanceof AggregateStreamCreationException) {
            return "project " + projectId + " already exists, so it cannot be proposed again";
        }
        if (isRace(failure)) {
            return "CONCURRENT_CHANGE: another change to project " + projectId + " was stored at the same moment";
        }
        return null;
    }

    /**
     * Whether another transaction stored the same thing first. Axon recognises a duplicate key only for
     * single-event writes; a project's events are written as one batch, where it surfaces as an
     * {@code EventStoreException} around PostgreSQL's unique violation (SQLSTATE 23505).
     */
    static boolean isRace(Throwable failure) {
        if (failure instanceof ConcurrencyException || failure instanceof AggregateStreamCreationException
                || failure instanceof DuplicateKeyException) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
