package org.gptracker.benchmarks.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling the command service works under: single-row INSERT transactions per second into the same
 * PostgreSQL, from as many connections as the command load has clients, each autocommitted (one commit,
 * one WAL flush each, as a command's event is), into a table in a scratch database dropped afterwards.
 */
public final class RawInsertLimit {

    private static final String DATABASE = "gp_benchmark_scratch";
    private static final List<String> SETTINGS = List.of("fsync", "synchronous_commit", "wal_sync_method", "full_page_writes",
            "commit_delay", "shared_buffers", "server_version");

    public record Result(int connections, double seconds, long transactions, long errors, Map<String, String> settings) {

        public double transactionsPerSecond() {
            return seconds <= 0 ? 0 : transactions / seconds;
        }

        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("connections", connections);
            map.put("seconds", seconds);
            map.put("transactions", transactions);
            map.put("transactionsPerSecond", transactionsPerSecond());
            map.put("errors", errors);
            map.put("postgresSettings", settings);
            return map;
        }
    }

    private final String hostPort;
    private final String user;
    private final String password;

    public RawInsertLimit(String hostPort, String user, String password) {
        this.hostPort = hostPort;
        this.user = user;
        this.password = password;
    }

    /** A JSON document of about 300 bytes, shaped like an event's payload. */
    static String payload(long row) {
        return "{\"projectId\":\"" + UUID.randomUUID() + "\",\"offerId\":\"" + UUID.randomUUID()
                + "\",\"donor\":\"JP\",\"kind\":\"FUNDS\",\"amount\":{\"amount\":\"" + (100_000 + row % 900_000) + ".00\","
                + "\"currency\":\"EUR\"},\"expertise\":[],\"effectiveDate\":\"2024-03-14\",\"presidency\":2024,"
                + "\"actor\":\"raw-insert-benchmark\",\"row\":" + row + "}";
    }

    public Result measure(int connections, Duration duration) {
        Map<String, String> settings;
        try (Connection admin = DriverManager.getConnection(url("postgres"), user, password)) {
            settings = settings(admin);
            execute(admin, "drop database if exists " + DATABASE);
            execute(admin, "create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the scratch database on " + hostPort + ": " + e.getMessage(), e);
        }
        try {
            try (Connection scratch = DriverManager.getConnection(url(DATABASE), user, password)) {
                execute(scratch, "create table scratch_event (global_index bigserial primary key, aggregate_id text not null, "
                        + "payload jsonb not null, recorded_at timestamptz not null default now())");
            }
            return insertFor(connections, duration, settings);
        } catch (SQLException e) {
            throw new IllegalStateException("raw inserts into " + DATABASE + " failed: " + e.getMessage(), e);
        } finally {
            try (Connection admin = DriverManager.getConnection(url("postgres"), user, password)) {
                execute(admin, "drop database if exists " + DATABASE);
            } catch (SQLException e) {
                System.err.println("could not drop the scratch database " + DATABASE + ": " + e.getMessage());
            }
        }
    }

    private Result insertFor(int connections, Duration duration, Map<String, String> settings) throws SQLException {
        AtomicLong transactions = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Connection> opened = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                Connection connection = DriverManager.getConnection(url(DATABASE), user, password);
                connection.setAutoCommit(true);
                opened.add(connection);
            }
            long started = System.nanoTime();
            long deadline = started + duration.toNanos();
            List<Thread> threads = new ArrayList<>();
            for (Connection connection : opened) {
                Thread thread = new Thread(() -> insertUntil(connection, deadline, transactions, errors), "raw-insert");
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            return new Result(connections, (System.nanoTime() - started) / 1e9, transactions.get(), errors.get(), settings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            for (Connection connection : opened) {
                connection.close();
            }
        }
    }

    private static void insertUntil(Connection connection, long deadline, AtomicLong transactions, AtomicLong errors) {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into scratch_event (aggregate_id, payload) values (?, ?::jsonb)")) {
            long row = 0;
            while (System.nanoTime() < deadline) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, payload(row++));
                try {
                    insert.executeUpdate();
                    transactions.incrementAndGet();
                } catch (SQLException e) {
                    errors.incrementAndGet();
                }
            }
        } catch (SQLException e) {
            errors.incrementAndGet();
        }
    }

    private static Map<String, String> settings(Connection connection) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : SETTINGS) {
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("show " + name)) {
                result.next();
                settings.put(name, result.getString(1));
            }
        }
        return settings;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://" + hostPort + "/" + database;
    }
}
