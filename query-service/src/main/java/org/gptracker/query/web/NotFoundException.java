package org.gptracker.query.web;

/** Nothing is known under the requested id; answered as a {@code not-found} problem (404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String detail) {
        super(detail);
    }
}
