package org.gptracker.query.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the {@code roles} claim into {@code ROLE_*} authorities; names that are not a {@link Role} grant nothing. */
final class TokenRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private static final Set<String> KNOWN = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<String> names = jwt.hasClaim("roles") ? jwt.getClaimAsStringList("roles") : null;
        return names == null ? List.of() : names.stream().filter(KNOWN::contains).distinct()
                .<GrantedAuthority>map(name -> new SimpleGrantedAuthority("ROLE_" + name)).toList();
    }
}
