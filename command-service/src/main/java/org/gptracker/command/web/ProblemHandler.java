package org.gptracker.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gptracker.command.AccessRefusedException;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.command.dispatch.CommandDispatcher;
import org.gptracker.command.dispatch.IdempotencyKeyReusedException;
import org.gptracker.command.dispatch.InvalidIdempotencyKeyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into {@code application/problem+json}: validation errors name each field,
 * refusals carry a stable {@code code}, and nothing internal (stack traces, class names, SQL)
 * ever reaches a client.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    /** About the time the connection pool takes to give up on an unreachable database (its connection-timeout). */
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    @ExceptionHandler(RequestValidationException.class)
    ResponseEntity<Object> invalid(RequestValidationException e) {
        return validationProblem(e.errors());
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<Object> forbidden(AccessRefusedException e) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage()));
    }

    @ExceptionHandler(CommandRefusedException.class)
    ResponseEntity<Object> refused(CommandRefusedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "refused", "Command refused", e.getMessage());
        problem.setProperty("code", e.code());
        return problem(problem);
    }

    /** A command addressed to an aggregate that was never created (e.g. suspending a state never admitted). */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "Nothing is recorded under '" + e.getAggregateIdentifier() + "'."));
    }

    /** Another command changed (or created) the same aggregate at the same moment; nothing was stored. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<Object> concurrentChange(Exception e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "refused", "Command refused",
                "Another change to the same record was stored at the same moment; nothing was stored. Try again.");
        problem.setProperty("code", "CONCURRENT_CHANGE");
        return problem(problem);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<Object> keyReused(IdempotencyKeyReusedException e) {
        return problem(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage()));
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ResponseEntity<Object> invalidKey(InvalidIdempotencyKeyException e) {
        return validationProblem(List.of(new FieldError(CommandDispatcher.IDEMPOTENCY_KEY, e.getMessage())));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
        return problem(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Request body too large", e.getMessage()));
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ResponseEntity<Object> unavailable(Exception e) {
        log.warn("a dependency is unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                        "The event store cannot be reached right now; nothing was stored. Try again shortly."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        PayloadTooLargeException tooLarge = causeOfType(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        if (isConnectionFailure(e)) {
            return unavailable(e);
        }
        log.error("unexpected failure", e);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something went wrong on our side; nothing was stored."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = causeOfType(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return validationProblem(List.of(new FieldError(path(unknown), "is not a field of this request")));
        }
        if (e.getCause() instanceof InvalidFormatException format) {
            return validationProblem(List.of(new FieldError(path(format), "has the wrong type or format")));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return validationProblem(List.of(new FieldError(path(mismatch), "must be " + describe(mismatch.getTargetType()))));
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request body is missing or is not valid JSON."));
    }

    /** Spring's own exceptions (404, 405, 415…) keep their status and get our problem type. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(Problems.BASE + Problems.slugFor(status.value())));
            problem.setInstance(null);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<Object> validationProblem(List<FieldError> errors) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "The request has invalid fields: " + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")) + ".");
        problem.setProperty("errors", errors);
        return problem(problem);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        if (type == String.class) {
            return "a JSON string";
        }
        return "a JSON object";
    }

    /**
     * Axon wraps JDBC failures in its own exceptions (EventStoreException, JdbcException…); a lost or refused
     * connection, or a transaction that could not begin, is still "unavailable" however deep it lies.
     */
    private static boolean isConnectionFailure(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLException sql && isLostConnection(sql)) {
                return true;
            }
            // a rollback that failed on the lost connection hides the failure that caused it
            if (cause instanceof TransactionSystemException rollback && rollback.getOriginalException() != null
                    && isConnectionFailure(rollback.getOriginalException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLState class 08 (connection exception), or HikariCP's "Connection is closed", which carries no
     * SQLState: what a statement meets after the pool closed its connection for an earlier I/O failure.
     */
    private static boolean isLostConnection(SQLException e) {
        return e.getSQLState() != null ? e.getSQLState().startsWith("08") : HIKARI_CLOSED_CONNECTION.equals(e.getMessage());
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
