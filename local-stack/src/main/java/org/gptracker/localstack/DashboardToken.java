package org.gptracker.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The VIEWER token the query service hands its dashboard page under the local stack (its
 * {@code gp.dashboard.viewer-token-file}), so that opening the page needs no pasting. Minted anew on each
 * start, once the command service can mint; until then the page waits.
 */
final class DashboardToken {

    static final String QUERY_SERVICE_PROPERTY = "gp.dashboard.viewer-token-file";
    private static final int VALID_MINUTES = 7 * 24 * 60;

    private final Path file;

    DashboardToken(Path file) {
        this.file = file;
    }

    /** The query service's argument that points it at the file. */
    String argument() {
        return "--" + QUERY_SERVICE_PROPERTY + "=" + file.toAbsolutePath();
    }

    /** A token of an earlier start is not handed out while this one starts. */
    void withdraw() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + file, e);
        }
    }

    void mint(LocalTokens tokens) {
        String token = tokens.mint("{\"sub\":\"local-dashboard\",\"roles\":[\"VIEWER\"],\"validMinutes\":" + VALID_MINUTES + "}");
        try {
            Path written = Files.writeString(Files.createTempFile(file.getParent(), "dashboard", ".tmp"), token);
            if (Files.getFileStore(written).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            }
            // the query service reads it whenever the page asks: never half written
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the dashboard token to " + file, e);
        }
    }
}
