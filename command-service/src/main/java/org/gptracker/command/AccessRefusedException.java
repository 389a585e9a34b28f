package org.gptracker.command;

/**
 * The caller may not do this (HTTP 403): its token's role or country does not cover the command,
 * e.g. a donor committing funds in another state's name. Nothing was stored.
 */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
