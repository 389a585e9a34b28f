package org.gptracker.infra;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Run in a child JVM by {@link OrphanedPostgresTest}: starts PostgreSQL, writes a row, then dies without closing it. */
public final class AbandonPostgres {

    public static void main(String[] args) throws Exception {
        Path dataDirectory = args[0].equals("temporary") ? null : Path.of(args[0]);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0, true);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE survivor (name text)");
            statement.execute("INSERT INTO survivor VALUES ('still here')");
        }
        System.out.println(server.port() + " " + server.dataDirectory());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private AbandonPostgres() {
    }
}
