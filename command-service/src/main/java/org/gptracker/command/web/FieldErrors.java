package org.gptracker.command.web;

import org.gptracker.web.RequestValidationException;
import org.gptracker.web.FieldError;
import org.gptracker.events.value.InvalidValueException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects every invalid field of a request before answering, so a client learns all of its
 * mistakes at once. Parsing reuses the contract's value types, so the edge applies the same rules
 * as the events themselves.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /** The parsed value, or null after recording why {@code field} is invalid. */
    public <T> T parse(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidValueException e) {
            reject(field, e.getMessage());
            return null;
        }
    }

    public <T> T required(String field, T value) {
        if (value == null) {
            reject(field, "is required");
        }
        return value;
    }

    public String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            reject(field, "is required and must not be blank");
            return null;
        }
        return optionalText(field, value, maxLength);
    }

    public String optionalText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            reject(field, "is longer than " + maxLength + " characters");
            return null;
        }
        return parse(field, () -> text(value));
    }

    /**
     * {@code value} when it holds no control character but line breaks and tabs; PostgreSQL cannot store
     * a NUL in text, and no other control character belongs in a title, a code or a sentence.
     */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidValueException("must not contain control characters (found U+%04X at position %d)"
                        .formatted((int) c, i));
            }
        }
        return value;
    }

    /** Each element parsed, every bad one named by its index; null elements are rejected too. */
    public <T> List<T> each(String field, List<String> values, Function<String, T> parser) {
        List<T> parsed = new ArrayList<>();
        if (values == null) {
            return parsed;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String elementField = field + "[" + i + "]";
            if (value == null) {
                reject(elementField, "must not be null");
                continue;
            }
            T element = parse(elementField, () -> parser.apply(value));
            if (element != null) {
                parsed.add(element);
            }
        }
        return parsed;
    }

    /** A required ISO-8601 date. */
    public LocalDate requiredDate(String field, String value) {
        return required(field, value) == null ? null : parse(field, () -> isoDate(value));
    }

    /** The command's business date: today when absent, never in the future. */
    public LocalDate effectiveDate(String value, Clock clock) {
        return parse("effectiveDate", () -> EffectiveDate.parse(value, clock));
    }

    private static LocalDate isoDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("'" + value + "' is not an ISO-8601 date such as 2024-03-01");
        }
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean has(String fieldPrefix) {
        return errors.stream().anyMatch(e -> e.field().startsWith(fieldPrefix));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new RequestValidationException(errors);
        }
    }
}
