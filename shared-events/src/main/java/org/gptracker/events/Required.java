package org.gptracker.events;

import org.gptracker.events.value.InvalidValueException;

/** Null checks for event fields whose refusal reads well in a dead-letter reason. */
public final class Required {

    private Required() {
    }

    public static <T> T field(T value, String name) {
        if (value == null) {
            throw new InvalidValueException("'" + name + "' is required");
        }
        return value;
    }
}
