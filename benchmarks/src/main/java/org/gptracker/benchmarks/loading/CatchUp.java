package org.gptracker.benchmarks.loading;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Waits until the query side has applied every event in the command side's store: the sum over
 * {@code read.aggregate_position} of {@code last_sequence + 1} (the events applied, since each
 * aggregate's stream is applied without gaps) reaches the number of rows in
 * {@code events.domain_event_entry}.
 */
public final class CatchUp {

    // a coarse poll would add up to its interval to every catch-up time it measures
    private static final long POLL_MILLIS = 250;
    private static final long REPORT_EVERY = Duration.ofSeconds(5).toNanos();

    public record Caught(boolean complete, long stored, long applied, double seconds) {
    }

    private final String commandJdbcUrl;
    private final String queryJdbcUrl;
    private final String user;
    private final String password;

    public CatchUp(String commandJdbcUrl, String queryJdbcUrl, String user, String password) {
        this.commandJdbcUrl = commandJdbcUrl;
        this.queryJdbcUrl = queryJdbcUrl;
        this.user = user;
        this.password = password;
    }

    public Caught await(Duration timeout, PrintStream out) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        try (Connection store = DriverManager.getConnection(commandJdbcUrl, user, password);
             Connection read = DriverManager.getConnection(queryJdbcUrl, user, password)) {
            long stored = single(store, "select count(*) from events.domain_event_entry");
            long lastApplied = -1;
            long lastAt = started;
            while (true) {
                long applied = single(read, "select coalesce(sum(last_sequence + 1), 0) from read.aggregate_position");
                long now = System.nanoTime();
                if (applied >= stored) {
                    return new Caught(true, stored, applied, (now - started) / 1e9);
                }
                if (now > deadline) {
                    return new Caught(false, stored, applied, (now - started) / 1e9);
                }
                if (lastApplied < 0 || now - lastAt >= REPORT_EVERY) {
                    if (lastApplied >= 0) {
                        out.printf("  read models: %,d of %,d events applied (%,.0f events/s), %,d behind%n", applied, stored,
                                (applied - lastApplied) * 1e9 / (now - lastAt), stored - applied);
                    }
                    lastApplied = applied;
                    lastAt = now;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("watching the read models failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
