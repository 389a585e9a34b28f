package org.gptracker.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring Security's bearer token resolution (header only, its default) without its regular expression for the usual
 * header, {@code Bearer} and a token of {@code [A-Za-z0-9-._~+/]+=*}, checked character by character; anything else
 * (no header, another scheme, a malformed token) is left to {@link DefaultBearerTokenResolver}, so its answers and
 * errors stay exactly Spring's.
 */
final class BearerTokens implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token = authorization == null ? null : wellFormedToken(authorization);
        return token != null ? token : spring.resolve(request);
    }

    /** The token of {@code Bearer <token>} (the scheme in any case), or null when the header is not exactly that. */
    static String wellFormedToken(String authorization) {
        int length = authorization.length();
        if (length <= SCHEME.length() || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        int i = SCHEME.length();
        while (i < length && isTokenCharacter(authorization.charAt(i))) {
            i++;
        }
        if (i == SCHEME.length()) {
            return null;
        }
        while (i < length && authorization.charAt(i) == '=') {
            i++;
        }
        return i == length ? authorization.substring(SCHEME.length()) : null;
    }

    private static boolean isTokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
