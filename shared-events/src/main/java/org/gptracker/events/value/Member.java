package org.gptracker.events.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Map;

/**
 * A member of the partnership: a state or a listed member organisation (DESIGN §2). Only the listed
 * organisations are allowed besides states, so a mistyped state is still refused.
 */
public record Member(String code) {

    /** The organisations that are members, by the code they are known by, with their names. */
    private static final Map<String, String> ORGANISATIONS = Map.of("EU", "European Union");

    public Member {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException("a member is required (ISO 3166-1 alpha-2 code of a state, e.g. JP, or EU)");
        }
        if (!ORGANISATIONS.containsKey(code)) {
            try {
                Country.of(code);
            } catch (InvalidValueException notAState) {
                throw new InvalidValueException("'" + code + "' is neither an ISO 3166-1 alpha-2 country code in upper case"
                        + " (e.g. JP) nor a member organisation " + ORGANISATIONS.keySet());
            }
        }
    }

    @JsonCreator
    public static Member of(String code) {
        return new Member(code);
    }

    public static Member of(Country state) {
        return new Member(state.code());
    }

    public boolean isOrganisation() {
        return ORGANISATIONS.containsKey(code);
    }

    /** The organisation's name, or null for a state. */
    public String organisationName() {
        return ORGANISATIONS.get(code);
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
