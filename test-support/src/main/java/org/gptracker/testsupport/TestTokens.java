package org.gptracker.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.gptracker.infra.SigningKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens for tests, signed by a key made once per test JVM whose public half the services
 * under test trust ({@link #springProperties()}); plus tokens they must not trust.
 */
public final class TestTokens {

    public static final String ISSUER = "urn:gp-tracker:tests";
    private static final KeyPair TRUSTED = SigningKeys.generate();
    private static final KeyPair FOREIGN = SigningKeys.generate();
    private static final Path TRUSTED_PUBLIC_KEY = writePublicKey();

    private TestTokens() {
    }

    /** Points Spring Security's resource server at the trusted public key. */
    public static Map<String, String> springProperties() {
        return Map.of("spring.security.oauth2.resourceserver.jwt.public-key-location",
                TRUSTED_PUBLIC_KEY.toUri().toString());
    }

    /** A valid token for {@code subject} with these roles, acting for {@code country} (null for none). */
    public static String token(String subject, String country, String... roles) {
        return sign(TRUSTED, subject, country, Arrays.asList(roles), Instant.now().plus(Duration.ofHours(1)));
    }

    /** The {@code sub} of {@link #secretariat()} tokens. */
    public static final String SECRETARIAT_SUBJECT = "secretariat-tests";
    /** A request header, never sent, telling {@link #secretariatByDefault()} to send no token at all. */
    public static final String WITHOUT_TOKEN = "X-Test-Without-Token";

    public static String secretariat() {
        return token(SECRETARIAT_SUBJECT, null, "SECRETARIAT");
    }

    /**
     * For a test's RestTemplate: a request that names no Authorization of its own is sent with a
     * secretariat token; one with the {@value #WITHOUT_TOKEN} header is sent with none.
     */
    public static ClientHttpRequestInterceptor secretariatByDefault() {
        return SECRETARIAT_BY_DEFAULT;
    }

    private static final ClientHttpRequestInterceptor SECRETARIAT_BY_DEFAULT = (request, body, execution) -> {
        if (request.getHeaders().remove(WITHOUT_TOKEN) == null && !request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            request.getHeaders().setBearerAuth(secretariat());
        }
        return execution.execute(request, body);
    };

    /** Signed by the trusted key but expired an hour ago. */
    public static String expired(String subject, String country, String... roles) {
        return sign(TRUSTED, subject, country, Arrays.asList(roles), Instant.now().minus(Duration.ofHours(1)));
    }

    /** Well formed and current, but signed by a key the services do not know. */
    public static String signedByAnotherKey(String subject, String country, String... roles) {
        return sign(FOREIGN, subject, country, Arrays.asList(roles), Instant.now().plus(Duration.ofHours(1)));
    }

    private static String sign(KeyPair key, String subject, String country, List<String> roles, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .claim("roles", roles)
                .issueTime(Date.from(expiresAt.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(expiresAt));
        if (country != null) {
            claims.claim("country", country);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        try {
            jwt.sign(new RSASSASigner(key.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a test token", e);
        }
        return jwt.serialize();
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("gp-test-jwt-", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, SigningKeys.pem("PUBLIC KEY", TRUSTED.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the test token key", e);
        }
    }
}
