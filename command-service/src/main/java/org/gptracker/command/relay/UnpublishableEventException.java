package org.gptracker.command.relay;

/**
 * A stored event that can never become a record of the contract (metadata the command side never writes, a payload that
 * is no JSON object of its type, a recorded time in no readable form): sending it again cannot help, so the relay
 * sets it aside on the dead-letter topic with this reason instead of retrying its page for ever.
 */
class UnpublishableEventException extends RuntimeException {

    UnpublishableEventException(String reason) {
        super(reason);
    }

    UnpublishableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
