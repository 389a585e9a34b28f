package org.gptracker.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokenCacheTest {

    private final TokenFixture tokens = new TokenFixture();
    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder counted = token -> {
        verifications.incrementAndGet();
        return tokens.verifyingDecoder().decode(token);
    };
    private final VerifiedTokenCache cache = new VerifiedTokenCache(counted, 100, Duration.ofMinutes(5), tokens.clock);

    @Test
    void aTokenIsVerifiedOnceAndThenAnsweredFromMemoryWhileItIsValid() {
        String token = tokens.token("kenji", Duration.ofMinutes(30));

        Jwt first = cache.decode(token);
        tokens.clock.advance(Duration.ofMinutes(4));
        Jwt again = cache.decode(token);

        assertThat(again).isSameAs(first);
        assertThat(again.getSubject()).isEqualTo("kenji");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        String token = tokens.token("kenji", Duration.ofMinutes(2));
        cache.decode(token);

        tokens.clock.advance(Duration.ofMinutes(3));

        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtException.class).hasMessageContaining("expired");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenIsVerifiedAgainAfterTheLongestTimeItIsKept() {
        String token = tokens.token("kenji", Duration.ofHours(8));
        cache.decode(token);

        tokens.clock.advance(Duration.ofMinutes(6));
        cache.decode(token);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenWithAForeignSignatureIsRefusedEvenWhenAGenuineOneWithTheSameClaimsIsRemembered() {
        cache.decode(tokens.token("kenji", Duration.ofMinutes(30)));
        String forged = tokens.tokenSignedByAnotherKey("kenji", Duration.ofMinutes(30));

        assertThatThrownBy(() -> cache.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> cache.decode(forged)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(3);
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        String forged = tokens.tokenSignedByAnotherKey("mallory", Duration.ofMinutes(30));

        assertThatThrownBy(() -> cache.decode(forged)).isInstanceOf(JwtException.class);

        assertThat(cache.size()).isZero();
    }

    @Test
    void noMoreTokensAreKeptThanTheMaximum() {
        VerifiedTokenCache small = new VerifiedTokenCache(counted, 3, Duration.ofMinutes(5), tokens.clock);

        for (int i = 0; i < 20; i++) {
            small.decode(tokens.token("user-" + i, Duration.ofMinutes(30)));
        }

        assertThat(small.size()).isLessThanOrEqualTo(3);
    }
}
