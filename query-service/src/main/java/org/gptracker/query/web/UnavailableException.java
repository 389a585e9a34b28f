package org.gptracker.query.web;

/** Something the answer needs is not there yet; answered as an {@code unavailable} problem (503) with {@code Retry-After}. */
public class UnavailableException extends RuntimeException {

    private final int retryAfterSeconds;

    public UnavailableException(String detail, int retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
