package org.gptracker.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates databases on any PostgreSQL server (embedded or a container). */
public final class PostgresDatabases {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";

    private PostgresDatabases() {
    }

    public static String jdbcUrl(String host, int port, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + requireSafeName(database);
    }

    /** Idempotent, also when two callers race to create the same database. */
    public static void createIfMissing(String host, int port, String username, String password, String database) {
        requireSafeName(database);
        try (Connection connection = DriverManager.getConnection(jdbcUrl(host, port, "postgres"), username, password)) {
            if (!exists(connection, database)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create database " + database + " on " + host + ":" + port, e);
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String requireSafeName(String database) {
        if (database == null || !SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Database name must match " + SAFE_NAME + ": " + database);
        }
        return database;
    }
}
