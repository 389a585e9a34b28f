package org.gptracker.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * An RSA key pair for signing local bearer tokens, kept as two PEM files: {@value #PRIVATE_KEY}
 * (PKCS#8, readable by the owner only) and {@value #PUBLIC_KEY} (X.509 SubjectPublicKeyInfo, the
 * form Spring Security's {@code public-key-location} reads). Made on first use, reused afterwards,
 * so tokens minted before a restart stay valid.
 */
public record SigningKeys(Path privateKey, Path publicKey) {

    public static final String PRIVATE_KEY = "jwt-signing-key.pem";
    public static final String PUBLIC_KEY = "jwt-public-key.pem";

    /** The pair in {@code directory}, generated there first if it is not there yet. */
    public static SigningKeys inDirectory(Path directory) {
        SigningKeys keys = new SigningKeys(directory.resolve(PRIVATE_KEY), directory.resolve(PUBLIC_KEY));
        if (!Files.isRegularFile(keys.privateKey()) || !Files.isRegularFile(keys.publicKey())) {
            keys.write(generate());
        }
        return keys;
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }

    public static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private void write(KeyPair pair) {
        try {
            Files.createDirectories(privateKey.getParent());
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            ownerOnly(privateKey);
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the token signing keys to " + privateKey.getParent(), e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: nothing stricter is possible here
        }
    }
}
