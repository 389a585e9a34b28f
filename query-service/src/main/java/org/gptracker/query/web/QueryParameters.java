package org.gptracker.query.web;

import org.gptracker.events.value.Country;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.InvalidValueException;
import org.gptracker.web.FieldError;
import org.gptracker.web.RequestValidationException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a request's query parameters and collects what is wrong with each, so one answer lists every
 * bad parameter rather than the first. Each read returns null for an absent or bad value; {@link #check()}
 * then refuses the request if any was bad.
 */
public final class QueryParameters {

    private final List<FieldError> errors = new ArrayList<>();

    public <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return refuse(name, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public String country(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Country.of(value).code();
        } catch (InvalidValueException e) {
            return refuse(name, e.getMessage());
        }
    }

    /** A member: a state's ISO code, or a member organisation such as {@code EU}. */
    public String member(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Member.of(value).code();
        } catch (InvalidValueException e) {
            return refuse(name, e.getMessage());
        }
    }

    public LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return refuse(name, "'" + value + "' is not an ISO-8601 date (YYYY-MM-DD)");
        }
    }

    /** A code such as a priority's ({@code BIOSECURITY_AFRICA}): upper-case letters, digits and underscores. */
    public String code(String name, String value) {
        if (value == null) {
            return null;
        }
        return value.matches("[A-Z0-9_]{1,100}") ? value
                : refuse(name, "'" + value + "' is not a code (1 to 100 upper-case letters, digits or underscores)");
    }

    public Integer integer(String name, String value, int min, int max) {
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below like an integer out of range
        }
        return refuse(name, "'" + value + "' is not an integer from " + min + " to " + max);
    }

    /**
     * A value only the caller knows how to read, such as an opaque cursor.
     *
     * @param read returns the value, or throws an {@link IllegalArgumentException} whose message says what is wrong
     */
    public <T> T parsed(String name, String value, Function<String, T> read) {
        if (value == null) {
            return null;
        }
        try {
            return read.apply(value);
        } catch (IllegalArgumentException e) {
            return refuse(name, e.getMessage());
        }
    }

    /** @throws RequestValidationException listing every bad parameter read, if any */
    public void check() {
        if (!errors.isEmpty()) {
            throw new RequestValidationException(errors);
        }
    }

    private <T> T refuse(String name, String message) {
        errors.add(new FieldError(name, message));
        return null;
    }
}
