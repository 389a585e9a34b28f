package org.gptracker.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsCommittedDataAcrossARestartOnTheSameDirectory() throws SQLException {
        int port;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0, true)) {
            port = server.port();
            server.createDatabaseIfMissing("gp_test");
            server.createDatabaseIfMissing("gp_test");
            execute(server, "CREATE TABLE presidency (year int PRIMARY KEY, chair text)");
            execute(server, "INSERT INTO presidency VALUES (2025, 'CA')");
            assertThat(query(server, "postgres", "SHOW fsync")).isEqualTo("on");
            assertThat(query(server, "postgres", "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(query(server, "postgres", "SHOW listen_addresses")).isEqualTo("127.0.0.1");
        }

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(dataDirectory, port, true)) {
            assertThat(restarted.jdbcUrl("gp_test")).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/gp_test");
            assertThat(query(restarted, "gp_test", "SELECT chair FROM presidency WHERE year = 2025")).isEqualTo("CA");
        }
    }

    @Test
    void temporaryServerIsFastAndLeavesNothingBehind() throws SQLException {
        Path temporaryDirectory;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null, 0, false)) {
            temporaryDirectory = server.dataDirectory();
            assertThat(query(server, "postgres", "SHOW fsync")).isEqualTo("off");
            assertThat(query(server, "postgres", "SELECT version()")).startsWith("PostgreSQL 17.");
        }
        assertThat(Files.exists(temporaryDirectory)).isFalse();
    }

    @Test
    void namesTheTakenPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDirectory, taken.getLocalPort(), false))
                    .isInstanceOf(PortUnavailableException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("PostgreSQL");
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server, "gp_test"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(EmbeddedPostgresServer server, String database, String sql) throws SQLException {
        try (Connection connection = connect(server, database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
    }
}
