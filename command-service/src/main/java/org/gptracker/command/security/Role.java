package org.gptracker.command.security;

/** The roles a token's {@code roles} claim may grant (DESIGN §6). */
public enum Role {
    SECRETARIAT, RECIPIENT, DONOR, AUDITOR, VIEWER;

    String authority() {
        return "ROLE_" + name();
    }
}
