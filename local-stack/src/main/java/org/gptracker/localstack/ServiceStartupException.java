package org.gptracker.localstack;

/** A service process exited or did not become healthy in time; the message carries the end of its log. */
public final class ServiceStartupException extends RuntimeException {

    ServiceStartupException(String message) {
        super(message);
    }
}
