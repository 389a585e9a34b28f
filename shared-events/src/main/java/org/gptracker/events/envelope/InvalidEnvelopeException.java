package org.gptracker.events.envelope;

/** A record that cannot be read as an event of the contract; the message says why. */
public class InvalidEnvelopeException extends RuntimeException {
    public InvalidEnvelopeException(String reason) {
        super(reason);
    }

    public InvalidEnvelopeException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
