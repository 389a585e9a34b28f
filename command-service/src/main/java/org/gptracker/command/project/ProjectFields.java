package org.gptracker.command.project;

import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.InvalidValueException;
import org.gptracker.events.value.Member;
import org.gptracker.events.value.Money;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Parsing shared by the project commands' factories and the project paths, from plain text to value types. */
final class ProjectFields {

    static final int MAX_TEXT = 4000;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_CODE = 64;
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private ProjectFields() {
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

    /**
     * Money from its amount (a decimal string) and currency, or null when both are absent, which is refused
     * when {@code required}. An amount already found bad by the sender (e.g. a JSON number) is not judged again.
     */
    static Money money(FieldErrors errors, String field, String amount, String currency, boolean required) {
        if (amount == null && currency == null) {
            if (required && !errors.has(field)) {
                errors.reject(field, "is required");
            }
            return null;
        }
        Currency parsedCurrency = errors.parse(field + ".currency", () -> Money.currency(currency));
        if (errors.has(field + ".amount")) {
            return null;
        }
        if (amount == null) {
            errors.reject(field + ".amount", "is required, as a decimal string such as \"1500000.00\"");
            return null;
        }
        BigDecimal parsedAmount = errors.parse(field + ".amount", () -> Money.parseAmount(amount));
        if (parsedAmount == null) {
            return null;
        }
        if (parsedCurrency == null) {
            errors.parse(field + ".amount", () -> Money.checkAmount(parsedAmount, null));
            return null;
        }
        return errors.parse(field + ".amount", () -> Money.of(parsedAmount, parsedCurrency.getCurrencyCode()));
    }

    /** Each a code such as a priority or an area of expertise; null when the list is absent. */
    static List<String> codes(FieldErrors errors, String field, List<String> values) {
        return values == null ? null : errors.each(field, values, ProjectFields::code);
    }

    static String code(String value) {
        if (value.isBlank() || value.length() > MAX_CODE) {
            throw new InvalidValueException("must be a non-blank code of at most " + MAX_CODE + " characters");
        }
        return FieldErrors.text(value).strip();
    }

    /** Recipient states: at least one, each once; null when absent and not {@code required}. */
    static List<Country> recipients(FieldErrors errors, List<String> values, boolean required) {
        if (values == null && !required) {
            return null;
        }
        if (values == null || values.isEmpty()) {
            errors.reject("recipients", "needs at least one recipient state (ISO 3166-1 alpha-2 code, e.g. UA)");
        }
        List<Country> recipients = errors.each("recipients", values, Country::of);
        if (new HashSet<>(recipients).size() != recipients.size()) {
            errors.reject("recipients", "names a state more than once");
        }
        return recipients;
    }

    static CbrnArea area(FieldErrors errors, String value, boolean required) {
        if (value == null) {
            if (required) {
                errors.reject("area", "is required");
            }
            return null;
        }
        return errors.parse("area", () -> enumValue(value, CbrnArea.class, "a CBRN area"));
    }

    private static String uuid(String value) {
        if (value == null || !UUID_TEXT.matcher(value).matches()) {
            throw new InvalidValueException("'" + value + "' is not an id (a UUID such as 3f2c1e4a-0b7d-4c8e-9a51-2d6f0e8b7c90)");
        }
        return UUID.fromString(value).toString().toLowerCase(Locale.ROOT);
    }
}
