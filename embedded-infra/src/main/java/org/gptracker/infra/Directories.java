package org.gptracker.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File-system helpers for data directories. */
public final class Directories {

    private Directories() {
    }

    /** Deletes the directory and everything below it; a missing directory is fine. */
    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Directories::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + directory, e);
        }
    }

    static Path createOrTemp(Path directory, String tempPrefix) {
        try {
            return directory == null
                    ? Files.createTempDirectory(tempPrefix)
                    : Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create data directory " + directory, e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + path, e);
        }
    }
}
