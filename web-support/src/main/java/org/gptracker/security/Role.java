package org.gptracker.security;

/** The roles a token's {@code roles} claim may grant (docs/security.md). */
public enum Role {
    SECRETARIAT, RECIPIENT, DONOR, AUDITOR, VIEWER;

    String authority() {
        return "ROLE_" + name();
    }
}
