package org.gptracker.localstack;

import org.gptracker.infra.Directories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The local stack's data directory: {@code postgres/}, {@code kafka/}, {@code keys/}, {@code logs/} and the services' pids. */
record LocalData(Path root) {

    static final String PROPERTY = "gp.local.data";
    private static final Set<String> OWN_ENTRIES = Set.of("postgres", "kafka", "logs", "keys", LeftoverServices.FILE_NAME);

    static LocalData fromSystemProperty() {
        return new LocalData(Path.of(System.getProperty(PROPERTY, ".local-data")).toAbsolutePath().normalize());
    }

    Path postgres() {
        return root.resolve("postgres");
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    /** The key pair local tokens are signed with, made on first start and kept, so tokens survive a restart. */
    Path keys() {
        return root.resolve("keys");
    }

    /** The VIEWER token the dashboard page signs in with, beside the key that signed it. */
    Path dashboardToken() {
        return keys().resolve("dashboard-viewer.token");
    }

    Path logs() {
        return root.resolve("logs");
    }

    void create() {
        try {
            Files.createDirectories(logs());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + logs(), e);
        }
    }

    /** Deletes everything, but only when the directory holds nothing the local stack did not create. */
    void wipe() {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<String> foreign;
        try (Stream<Path> entries = Files.list(root)) {
            foreign = entries.map(path -> path.getFileName().toString())
                    .filter(name -> !OWN_ENTRIES.contains(name))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + root, e);
        }
        if (!foreign.isEmpty()) {
            throw new LocalStackException("Refusing to wipe " + root + " for --fresh: it also holds " + foreign
                    + ", which the local stack did not create. Check -D" + PROPERTY + ".");
        }
        Directories.deleteRecursively(root);
    }
}
