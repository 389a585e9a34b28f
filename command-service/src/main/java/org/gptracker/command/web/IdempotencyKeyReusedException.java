package org.gptracker.command.web;

/** An Idempotency-Key sent again with a different request; answered 422 and nothing is stored. */
public class IdempotencyKeyReusedException extends RuntimeException {
    IdempotencyKeyReusedException(String key) {
        super("The Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new request.");
    }
}
