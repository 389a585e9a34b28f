package org.gptracker.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure into {@code application/problem+json}; a service's {@code @RestControllerAdvice}
 * extends it with the mappings of its own exceptions. Nothing internal (stack trace, class name, SQL)
 * reaches a client: an unexpected failure is logged and answered with a generic {@code internal} problem.
 */
public abstract class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    /** About the time the connection pool takes to give up on an unreachable database (its connection-timeout). */
    public static final int RETRY_AFTER_SECONDS = 5;
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private final String unavailableDetail;
    private final String internalDetail;

    /**
     * @param unavailableDetail what a 503 says when the service's database cannot be reached
     * @param internalDetail    what a 500 says
     */
    protected ProblemHandling(String unavailableDetail, String internalDetail) {
        this.unavailableDetail = unavailableDetail;
        this.internalDetail = internalDetail;
    }

    /**
     * The answer for a failure this service knows however deep in a cause chain it lies (the framework
     * wraps what a filter or a body reader throws), or null.
     */
    protected ResponseEntity<Object> knownCause(Throwable failure) {
        return null;
    }

    @ExceptionHandler(RequestValidationException.class)
    ResponseEntity<Object> invalid(RequestValidationException e) {
        return Problems.respond(Problems.validation(e.errors()));
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ResponseEntity<Object> unavailable(Exception e) {
        log.warn("a dependency is unavailable: {}", e.toString());
        return Problems.unavailable(RETRY_AFTER_SECONDS, unavailableDetail);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e) {
        ResponseEntity<Object> known = knownCause(e);
        if (known != null) {
            return known;
        }
        if (isConnectionFailure(e)) {
            return unavailable(e);
        }
        log.error("unexpected failure", e);
        return Problems.respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error", internalDetail));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> known = knownCause(e);
        if (known != null) {
            return known;
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return invalidField(path(unknown), "is not a field of this request");
        }
        if (e.getCause() instanceof InvalidFormatException format) {
            return invalidField(path(format), "has the wrong type or format");
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return invalidField(path(mismatch), "must be " + describeJson(mismatch.getTargetType()));
        }
        return Problems.respond(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request body is missing or is not valid JSON."));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return invalidField(field, "'" + e.getValue() + "' is not " + describe(e.getRequiredType()));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return Problems.respond(Problems.of(status, "not-found", "Not found", "Nothing is served at /" + e.getResourcePath() + "."));
    }

    /** The framework's own problems (405, 406, 415…) keep their status and detail, and get our type and content type. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
                problem.setType(URI.create(Problems.TYPE_BASE + Problems.slugOf(status)));
            }
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.addAll(headers);
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return super.createResponseEntity(problem, problemHeaders, status, request);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ResponseEntity<Object> invalidField(String field, String message) {
        return Problems.respond(Problems.validation(List.of(new FieldError(field, message))));
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

    private static String describeJson(Class<?> type) {
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

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date (YYYY-MM-DD)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return "valid here";
    }

    /**
     * A lost or refused connection, or a transaction that could not begin, is "unavailable" however deep
     * it lies: Axon wraps JDBC failures in its own exceptions (EventStoreException, JdbcException…).
     */
    static boolean isConnectionFailure(Throwable e) {
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

    /** The first failure of {@code type} in the cause chain, or null. */
    protected static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
