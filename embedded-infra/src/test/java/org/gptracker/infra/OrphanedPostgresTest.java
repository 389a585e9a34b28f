package org.gptracker.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A JVM that dies without closing its PostgreSQL leaves the postmaster running; the next start cleans up. */
class OrphanedPostgresTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aRestartOnTheSameDirectoryStopsTheOrphanAndKeepsTheData() throws Exception {
        String[] abandoned = abandonPostgres(dataDirectory.toString());
        int orphanPort = Integer.parseInt(abandoned[0]);
        assertThat(isListening(orphanPort)).as("orphaned postmaster still running").isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, orphanPort, true);
             Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
        assertThat(isListening(orphanPort)).isFalse();
    }

    @Test
    void abandonedTemporaryDirectoriesAreSweptAway() throws Exception {
        String[] abandoned = abandonPostgres("temporary");
        int orphanPort = Integer.parseInt(abandoned[0]);
        Path orphanDirectory = Path.of(abandoned[1]);
        assertThat(isListening(orphanPort)).isTrue();
        Files.setLastModifiedTime(orphanDirectory.resolve("epg-lock"), FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        OrphanedPostgres.sweepTemporaryDirectories(orphanDirectory.getParent());

        assertThat(orphanDirectory).doesNotExist();
        assertThat(isListening(orphanPort)).isFalse();
    }

    /** Returns the port and data directory the child JVM printed before dying. */
    private static String[] abandonPostgres(String dataDirectory) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AbandonPostgres.class.getName(), dataDirectory)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(child.waitFor()).isZero();
        String[] lines = output.split("\n");
        return lines[lines.length - 1].split(" ", 2);
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
