package org.gptracker.localstack;

/** A startup problem the user can fix; its message says how. */
public final class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }
}
