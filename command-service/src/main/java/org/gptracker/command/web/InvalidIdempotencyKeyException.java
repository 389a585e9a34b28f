package org.gptracker.command.web;

/** An Idempotency-Key header that is blank or unreasonably long; answered 400. */
public class InvalidIdempotencyKeyException extends RuntimeException {
    InvalidIdempotencyKeyException() {
        super("The Idempotency-Key header must be 1 to 200 visible characters.");
    }
}
