package org.gptracker.command.project;

import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Parsing shared by the project request bodies and paths. */
final class ProjectRequests {

    static final int MAX_TEXT = 4000;
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private ProjectRequests() {
    }

    /** A path id in its canonical (lower-case) form; answers 400 naming {@code field} when it is not a UUID. */
    static String pathId(String field, String value) {
        FieldErrors errors = new FieldErrors();
        String id = errors.parse(field, () -> uuid(value));
        errors.throwIfAny();
        return id;
    }

    static Member member(FieldErrors errors, String field, String value) {
        return errors.required(field, value) == null ? null : errors.parse(field, () -> Member.of(value));
    }

    static <E extends Enum<E>> E requiredEnum(FieldErrors errors, String field, String value, Class<E> type, String what) {
        return errors.required(field, value) == null ? null : errors.parse(field, () -> enumValue(value, type, what));
    }


    static <E extends Enum<E>> E enumValue(String value, Class<E> type, String what) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("'" + value + "' is not " + what + "; use one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String uuid(String value) {
        if (value == null || !UUID_TEXT.matcher(value).matches()) {
            throw new InvalidValueException("'" + value + "' is not an id (a UUID such as 3f2c1e4a-0b7d-4c8e-9a51-2d6f0e8b7c90)");
        }
        return UUID.fromString(value).toString().toLowerCase(Locale.ROOT);
    }
}
