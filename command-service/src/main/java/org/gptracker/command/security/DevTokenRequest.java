package org.gptracker.command.security;

import org.gptracker.security.Role;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a minted token should say: {@code {"sub":"alice","roles":["SECRETARIAT"],"country":null}};
 * {@code validMinutes} defaults to a working day.
 */
record DevTokenRequest(String sub, List<String> roles, String country, Integer validMinutes) {

    private static final int DEFAULT_MINUTES = 8 * 60;
    private static final int MAX_MINUTES = 7 * 24 * 60;

    record Checked(String subject, Set<Role> roles, String country, Duration validity) {
    }

    Checked checked() {
        FieldErrors errors = new FieldErrors();
        String subject = errors.requiredText("sub", sub, 200);
        Set<Role> granted = EnumSet.noneOf(Role.class);
        if (roles == null || roles.isEmpty()) {
            errors.reject("roles", "needs at least one of " + List.of(Role.values()));
        } else {
            for (int i = 0; i < roles.size(); i++) {
                Role role = role(roles.get(i));
                if (role == null) {
                    errors.reject("roles[" + i + "]", "'" + roles.get(i) + "' is not one of " + List.of(Role.values()));
                } else {
                    granted.add(role);
                }
            }
        }
        Member state = country == null ? null : errors.parse("country", () -> Member.of(country));
        if (country == null && (granted.contains(Role.RECIPIENT) || granted.contains(Role.DONOR))) {
            errors.reject("country", "is required for a RECIPIENT or DONOR: the state the token acts for");
        }
        int minutes = validMinutes == null ? DEFAULT_MINUTES : validMinutes;
        if (minutes < 1 || minutes > MAX_MINUTES) {
            errors.reject("validMinutes", "must be between 1 and " + MAX_MINUTES);
        }
        errors.throwIfAny();
        return new Checked(subject, granted, state == null ? null : state.code(), Duration.ofMinutes(minutes));
    }

    private static Role role(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
