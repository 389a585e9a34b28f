package org.gptracker.query.security;

/** The roles a token's {@code roles} claim may grant (DESIGN §6). */
enum Role {
    SECRETARIAT, RECIPIENT, DONOR, AUDITOR, VIEWER
}
