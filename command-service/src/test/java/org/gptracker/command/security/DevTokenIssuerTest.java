package org.gptracker.command.security;

import org.gptracker.security.Role;
import org.gptracker.infra.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class DevTokenIssuerTest {

    @TempDir
    Path directory;

    @Test
    void aMintedTokenIsAcceptedByADecoderThatTrustsThePublicKeyAndSaysWhatWasAsked() throws Exception {
        SigningKeys keys = SigningKeys.inDirectory(directory);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        DevTokenIssuer issuer = new DevTokenIssuer(new FileSystemResource(keys.privateKey()), Clock.fixed(now, ZoneOffset.UTC));

        DevTokenIssuer.Token token = issuer.issue(new DevTokenRequest.Checked("kenji", EnumSet.of(Role.DONOR), "JP",
                Duration.ofMinutes(30)));

        Jwt decoded = NimbusJwtDecoder.withPublicKey(publicKey(keys.publicKey())).build().decode(token.token());
        assertThat(decoded.getSubject()).isEqualTo("kenji");
        assertThat(decoded.getClaimAsStringList("roles")).containsExactly("DONOR");
        assertThat(decoded.getClaimAsString("country")).isEqualTo("JP");
        assertThat(decoded.getExpiresAt()).isEqualTo(token.expiresAt()).isEqualTo(now.plus(Duration.ofMinutes(30)));
    }

    private static RSAPublicKey publicKey(Path pem) throws Exception {
        String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(text)));
    }
}
