package org.gptracker.query.web;

import org.gptracker.web.ProblemHandling;
import org.gptracker.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The read side's own failures as problems: unknown ids, a conflict with a running rebuild, answers not ready yet. */
@RestControllerAdvice
class ProblemHandler extends ProblemHandling {

    ProblemHandler() {
        super("The read models cannot be reached right now. Try again shortly.", "Something went wrong on our side.");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return Problems.respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return Problems.respond(Problems.of(HttpStatus.CONFLICT, e.slug(), e.title(), e.getMessage()));
    }

    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<Object> notYetThere(UnavailableException e) {
        return Problems.unavailable(e.retryAfterSeconds(), e.getMessage());
    }
}
