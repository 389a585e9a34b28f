package org.gptracker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;

/**
 * A {@link JwtDecoder} that verifies each distinct bearer token once and remembers the result (DESIGN §6):
 * checking the RSA signature on every request was a request's largest single cost (docs/performance.md).
 * Keyed by the whole token string; a refused token is not remembered. An entry lives at most {@code longest}, so a
 * signing key withdrawn from the issuer's key set stops being honoured at most that long after.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder verifying;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokenCache(JwtDecoder verifying, long maximumTokens, Duration longest, Clock clock) {
        this.verifying = verifying;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumTokens)
                .expireAfter(new UntilExpiry(longest, clock))
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && stillValid(known)) {
            return known;
        }
        Jwt jwt = verifying.decode(token);
        if (jwt.getExpiresAt() != null && stillValid(jwt)) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private boolean stillValid(Jwt jwt) {
        return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt());
    }

    private record UntilExpiry(Duration longest, Clock clock) implements Expiry<String, Jwt> {

        @Override
        public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
            Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
            Duration kept = left.compareTo(longest) < 0 ? left : longest;
            return Math.max(0, kept.toNanos());
        }

        @Override
        public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(token, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
