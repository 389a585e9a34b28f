package org.gptracker.testsupport;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/** Picks "testcontainers" or "embedded": the GP_TEST_INFRA override first, else whether Docker is there. */
final class ModeSelector {

    static final String SETTING = "GP_TEST_INFRA";
    static final String TESTCONTAINERS = "testcontainers";
    static final String EMBEDDED = "embedded";

    private ModeSelector() {
    }

    static String select(UnaryOperator<String> systemProperties, UnaryOperator<String> environment,
                         BooleanSupplier dockerAvailable) {
        String requested = firstNonBlank(systemProperties.apply(SETTING), environment.apply(SETTING));
        if (requested == null) {
            return dockerAvailable.getAsBoolean() ? TESTCONTAINERS : EMBEDDED;
        }
        String mode = requested.trim().toLowerCase(Locale.ROOT);
        if (!mode.equals(TESTCONTAINERS) && !mode.equals(EMBEDDED)) {
            throw new IllegalArgumentException(SETTING + " must be '" + EMBEDDED + "' or '" + TESTCONTAINERS
                    + "', not '" + requested + "'");
        }
        return mode;
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? null : second;
    }
}
