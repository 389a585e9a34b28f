package org.gptracker.events.value;

/** A value that breaks one of the contract's value rules; the message is written for a person. */
public class InvalidValueException extends IllegalArgumentException {
    public InvalidValueException(String message) {
        super(message);
    }
}
