package org.gptracker.command;

/**
 * A command the domain refuses (HTTP 409): nothing was stored. {@code code} is stable and meant
 * for programs (e.g. {@code PROJECT_CLOSED}); the message is a sentence meant for a person.
 */
public class CommandRefusedException extends RuntimeException {

    private final Refusal code;

    public CommandRefusedException(Refusal code, String message) {
        super(message);
        this.code = code;
    }

    public Refusal code() {
        return code;
    }
}
