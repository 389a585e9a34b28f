package org.gptracker.localstack;

/** A startup problem the user can fix; its message says how. */
final class LocalStackException extends RuntimeException {

    LocalStackException(String message) {
        super(message);
    }
}
