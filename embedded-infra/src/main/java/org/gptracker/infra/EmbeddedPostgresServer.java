package org.gptracker.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL 17 server (zonky binaries) listening on 127.0.0.1, run as a child process.
 * Authentication is "trust"; the superuser is {@code postgres}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * @param dataDirectory kept across restarts; {@code null} for a temporary one deleted by {@link #close()}
     * @param port          0 for a free port
     * @param durable       fsync and synchronous commit on (for data that must survive a crash);
     *                      off is much faster and fine for throw-away test data
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
        if (dataDirectory == null) {
            OrphanedPostgres.sweepTemporaryDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        }
        Path directory = Directories.createOrTemp(dataDirectory, OrphanedPostgres.TEMP_PREFIX);
        OrphanedPostgres.stopIn(directory);
        int resolvedPort = Ports.resolve(port, "PostgreSQL"); // after stopIn: an orphan may hold the port
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(dataDirectory == null)
                // the owner decides the shutdown order (e.g. after the services using the database)
                .setRegisterShutdownHook(false)
                .setPort(resolvedPort)
                .setServerConfig("listen_addresses", Ports.LOOPBACK);
        if (durable) {
            // zonky starts with -F (fsync off) and synchronous_commit=off; later -c settings win
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        } else {
            builder.setServerConfig("full_page_writes", "off");
        }
        try {
            return new EmbeddedPostgresServer(builder.start(), directory);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on 127.0.0.1:" + resolvedPort
                    + " with data in " + directory, e);
        }
    }

    /**
     * Stops a server that a JVM which died without closing it (kill -9) left running on this data directory,
     * so that the directory can be wiped or reused. {@link #start} does the same by itself.
     *
     * @throws IllegalStateException if a live process still owns the directory
     */
    public static void stopLeftoverIn(Path dataDirectory) {
        if (Files.isDirectory(dataDirectory)) {
            OrphanedPostgres.stopIn(dataDirectory);
        }
    }

    public String jdbcUrl(String database) {
        return PostgresDatabases.jdbcUrl(Ports.LOOPBACK, port(), database);
    }

    public void createDatabaseIfMissing(String database) {
        PostgresDatabases.createIfMissing(Ports.LOOPBACK, port(), USER, PASSWORD, database);
    }

    public String username() {
        return USER;
    }

    /** Any password is accepted (trust authentication); this one is what clients are configured with. */
    public String password() {
        return PASSWORD;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Fast shutdown: running transactions are rolled back, committed data stays. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
