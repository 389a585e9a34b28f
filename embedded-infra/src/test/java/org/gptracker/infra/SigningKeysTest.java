package org.gptracker.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeysTest {

    @TempDir
    Path directory;

    @Test
    void theFirstUseWritesAMatchingPairOfPemFilesAndTheSecretOneIsTheOwnersAlone() throws Exception {
        SigningKeys keys = SigningKeys.inDirectory(directory);

        RSAPrivateCrtKey secret = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(der(keys.privateKey())));
        RSAPublicKey published = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(der(keys.publicKey())));
        assertThat(published.getModulus()).isEqualTo(secret.getModulus());
        assertThat(published.getModulus().bitLength()).isEqualTo(2048);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.privateKey()))).isEqualTo("rw-------");
    }

    @Test
    void laterUsesKeepTheSameKeys() throws Exception {
        SigningKeys first = SigningKeys.inDirectory(directory);
        String before = Files.readString(first.privateKey());

        SigningKeys again = SigningKeys.inDirectory(directory);

        assertThat(Files.readString(again.privateKey())).isEqualTo(before);
    }

    private static byte[] der(Path pem) throws Exception {
        String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }
}
