package org.gptracker.query.web;

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
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure into {@code application/problem+json}. Nothing internal (stack trace,
 * exception class, SQL) reaches a client: unexpected failures are logged and answered with a
 * generic {@code internal} problem.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    /** About the time the connection pool takes to give up on an unreachable database. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return Problems.respond(Problems.problem(HttpStatus.CONFLICT, e.slug(), e.title(), e.getMessage()));
    }

    @ExceptionHandler(InvalidParametersException.class)
    ResponseEntity<Object> invalidParameters(InvalidParametersException e) {
        return Problems.respond(Problems.validation(e.errors()));
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ResponseEntity<Object> unavailable(Exception e) {
        log.warn("The read-model database is unavailable: {}", e.toString());
        return serviceUnavailable(RETRY_AFTER_SECONDS, "The read models cannot be reached right now. Try again shortly.");
    }

    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<Object> notYetThere(UnavailableException e) {
        return serviceUnavailable(String.valueOf(e.retryAfterSeconds()), e.getMessage());
    }

    private static ResponseEntity<Object> serviceUnavailable(String retryAfterSeconds, String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", detail));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return Problems.respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something went wrong on our side."));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return Problems.respond(Problems.validation(List.of(
                new FieldError(field, "'" + e.getValue() + "' is not " + describe(e.getRequiredType())))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return Problems.respond(Problems.problem(status, "not-found", "Not found",
                "Nothing is served at /" + e.getResourcePath() + "."));
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
}
