package org.gptracker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code roles} claim into {@code ROLE_*} authorities; names that are not a {@link Role} grant nothing. The
 * roles of each {@link Jwt} instance are read once and remembered by identity: {@link VerifiedTokenCache} hands every
 * request with the same token the same instance, and a request asks twice (to authenticate and for the caller).
 */
public final class TokenRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String ROLES_CLAIM = "roles";
    public static final String COUNTRY_CLAIM = "country";

    private static final Cache<Jwt, Grants> BY_TOKEN = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(CheapRequestSecurity.MAXIMUM_TOKENS)
            .expireAfterWrite(CheapRequestSecurity.LONGEST)
            .build();

    private record Grants(Set<Role> roles, List<GrantedAuthority> authorities) {

        static Grants of(Jwt jwt) {
            Set<Role> roles = Collections.unmodifiableSet(read(jwt));
            return new Grants(roles, roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        }
    }

    public static Set<Role> of(Jwt jwt) {
        return grants(jwt).roles();
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return grants(jwt).authorities();
    }

    private static Grants grants(Jwt jwt) {
        return BY_TOKEN.get(jwt, Grants::of);
    }

    private static Set<Role> read(Jwt jwt) {
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
}
