package org.gptracker.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gptracker.command.AccessRefusedException;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.web.FieldError;
import org.gptracker.web.ProblemHandling;
import org.gptracker.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** The command side's own failures as problems: refusals carry a stable {@code code}; a failed command stores nothing. */
@RestControllerAdvice
class ProblemHandler extends ProblemHandling {

    ProblemHandler() {
        super("The event store cannot be reached right now; nothing was stored. Try again shortly.",
                "Something went wrong on our side; nothing was stored.");
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<Object> forbidden(AccessRefusedException e) {
        return Problems.respond(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage()));
    }

    @ExceptionHandler(CommandRefusedException.class)
    ResponseEntity<Object> refused(CommandRefusedException e) {
        return Problems.respond(refusal(e.code().name(), e.getMessage()));
    }

    /** A command addressed to an aggregate that was never created (e.g. suspending a state never admitted). */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return Problems.respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "Nothing is recorded under '" + e.getAggregateIdentifier() + "'."));
    }

    /** Another command changed (or created) the same aggregate at the same moment; nothing was stored. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<Object> concurrentChange(Exception e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "refused", "Command refused",
                "Another change to the same record was stored at the same moment; nothing was stored. Try again.");
        problem.setProperty("code", "CONCURRENT_CHANGE");
        return Problems.respond(problem);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<Object> keyReused(IdempotencyKeyReusedException e) {
        return Problems.respond(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage()));
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ResponseEntity<Object> invalidKey(InvalidIdempotencyKeyException e) {
        return Problems.respond(Problems.validation(List.of(new FieldError(CommandRequests.IDEMPOTENCY_KEY, e.getMessage()))));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
        return Problems.respond(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Request body too large", e.getMessage()));
    }

    /** The body limit is met while the body is read, so its failure comes wrapped in the reader's. */
    @Override
    protected ResponseEntity<Object> knownCause(Throwable failure) {
        PayloadTooLargeException tooLarge = causeOfType(failure, PayloadTooLargeException.class);
        return tooLarge == null ? null : tooLarge(tooLarge);
    }

    static ProblemDetail refusal(String code, String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "refused", "Command refused", detail);
        problem.setProperty("code", code);
        return problem;
    }
}
