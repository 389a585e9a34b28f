package org.gptracker.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code roles} claim into {@code ROLE_*} authorities; names that are not a {@link Role} grant nothing. */
public final class TokenRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String ROLES_CLAIM = "roles";
    public static final String COUNTRY_CLAIM = "country";

    public static Set<Role> of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> names = jwt.hasClaim(ROLES_CLAIM) ? jwt.getClaimAsStringList(ROLES_CLAIM) : null;
        for (String name : names == null ? List.<String>of() : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return of(jwt).stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }
}
