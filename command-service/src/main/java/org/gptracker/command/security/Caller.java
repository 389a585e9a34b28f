package org.gptracker.command.security;

import org.gptracker.security.TokenRoles;
import org.gptracker.security.Role;
import org.gptracker.command.AccessRefusedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.Set;

/**
 * Who sent the current request, from its bearer token: {@code sub}, roles and the state it acts for (DESIGN §6).
 * The URL rules in {@link CommandAccess} already admit only the right roles; what is checked here is the country.
 */
public record Caller(String subject, Set<Role> roles, String country) {

    public static Caller current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return of(token.getToken());
        }
        throw new IllegalStateException("No authenticated caller: the security filter chain should have answered 401");
    }

    static Caller of(Jwt jwt) {
        return new Caller(jwt.getSubject(), TokenRoles.of(jwt), jwt.getClaimAsString(TokenRoles.COUNTRY_CLAIM));
    }

    boolean isSecretariat() {
        return roles.contains(Role.SECRETARIAT);
    }

    /**
     * The state this caller is confined to, or null when it may act for any (the secretariat).
     * Commands carry it so that rules needing the project's state (e.g. "only a recipient of this
     * project may accept its offers") are checked where that state is.
     */
    public String actingFor() {
        return isSecretariat() ? null : country == null ? "" : country;
    }

    /** A donor acts only in its own state's name. */
    public void requireActingAs(String donor) {
        if (!isSecretariat() && !(roles.contains(Role.DONOR) && donor != null && donor.equals(country))) {
            throw new AccessRefusedException(country == null
                    ? "Your token names no country, so you cannot act as donor " + donor + "."
                    : "Your token acts for " + country + "; it cannot act as donor " + donor + ".");
        }
    }

    /** A recipient proposes only projects its own state receives. */
    public void requireRecipientAmong(Collection<String> recipients) {
        if (!isSecretariat() && !(roles.contains(Role.RECIPIENT) && country != null && recipients.contains(country))) {
            throw new AccessRefusedException(country == null
                    ? "Your token names no country, so you cannot propose for " + recipients + "."
                    : "Your token acts for " + country + "; a proposal must name it among its recipients " + recipients + ".");
        }
    }
}
