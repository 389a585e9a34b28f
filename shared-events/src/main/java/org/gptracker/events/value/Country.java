package org.gptracker.events.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Set;

/** A state, identified by its ISO 3166-1 alpha-2 code in upper case ({@code UA}, {@code JP}). */
public record Country(String code) {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    public Country {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException("a country is required (ISO 3166-1 alpha-2 code, e.g. UA)");
        }
        if (!code.equals(code.toUpperCase(Locale.ROOT)) || !ISO_CODES.contains(code)) {
            throw new InvalidValueException("'" + code + "' is not an ISO 3166-1 alpha-2 country code in upper case (e.g. UA, JP)");
        }
    }

    @JsonCreator
    public static Country of(String code) {
        return new Country(code);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
