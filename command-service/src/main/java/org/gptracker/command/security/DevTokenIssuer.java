package org.gptracker.command.security;

import org.gptracker.security.TokenRoles;
import org.gptracker.security.Role;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

/** Signs tokens with the local stack's private key (RS256), the pair of the public key both services trust. */
final class DevTokenIssuer {

    static final String ISSUER = "urn:gp-tracker:local-stack";

    private final NimbusJwtEncoder encoder;
    private final Clock clock;

    DevTokenIssuer(Resource privateKeyPem, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(rsaKey(privateKeyPem))));
        this.clock = clock;
    }

    record Token(String token, Instant expiresAt) {
    }

    Token issue(DevTokenRequest.Checked request) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(request.validity());
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(request.subject())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(TokenRoles.ROLES_CLAIM, request.roles().stream().map(Role::name).toList());
        if (request.country() != null) {
            claims.claim(TokenRoles.COUNTRY_CLAIM, request.country());
        }
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
        return new Token(token, expiresAt);
    }

    private static RSAKey rsaKey(Resource pem) {
        try {
            String text = pem.getContentAsString(StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey secret = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
            RSAPublicKey published = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(secret.getModulus(), secret.getPublicExponent()));
            return new RSAKey.Builder(published).privateKey(secret).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token signing key " + pem, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(pem + " is not an RSA private key in PKCS#8 PEM form", e);
        }
    }
}
