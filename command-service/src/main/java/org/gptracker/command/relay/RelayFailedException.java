package org.gptracker.command.relay;

/** A relay batch that did not reach Kafka, or cannot yet; the processor retries it from its last token. */
class RelayFailedException extends RuntimeException {
    RelayFailedException(String message) {
        super(message);
    }

    RelayFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
