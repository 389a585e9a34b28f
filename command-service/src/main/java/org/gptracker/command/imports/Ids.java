package org.gptracker.command.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids an import gives what it creates. They are derived from the file, never random, so that
 * importing the same file again names the same projects, offers, commitments and disbursements.
 */
final class Ids {

    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private Ids() {
    }

    /** The reference itself when it is a UUID (in canonical form), else none. */
    static Optional<String> uuid(String reference) {
        return reference != null && UUID_TEXT.matcher(reference).matches()
                ? Optional.of(UUID.fromString(reference).toString().toLowerCase(Locale.ROOT))
                : Optional.empty();
    }

    /** A name-based (version 3) UUID: the same name always gives the same id. */
    static String named(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The id of a thing a file names by {@code reference} within a project: the reference if it is a UUID, else named from it. */
    static String referenced(String what, String projectId, String reference) {
        return uuid(reference).orElseGet(() -> named(what + ":" + projectId + ":" + reference));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
