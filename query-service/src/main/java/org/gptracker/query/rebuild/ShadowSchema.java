package org.gptracker.query.rebuild;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The schema a rebuild writes into ({@value #NEXT}), created by the same Flyway migrations as the live
 * schema ({@value #LIVE}), and the switch that puts it in the live schema's place.
 */
@Component
class ShadowSchema {

    static final String LIVE = "read";
    static final String NEXT = "read_next";
    private static final String RETIRED = "read_retired";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final FlywayProperties flyway;

    ShadowSchema(DataSource dataSource, JdbcTemplate jdbc, FlywayProperties flyway) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.flyway = flyway;
    }

    /**
     * Empty read-model tables in {@value #NEXT}, whatever an earlier, interrupted rebuild left there, without
     * the indexes that back no constraint: maintaining them row by row would cost more than building them
     * once (returned, to {@link #createIndexes}).
     */
    List<String> create() {
        discard();
        jdbc.execute("drop schema if exists " + RETIRED + " cascade");
        jdbc.execute("create schema " + NEXT);
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(NEXT)
                .createSchemas(false)
                .locations(flyway.getLocations().toArray(String[]::new))
                .load()
                .migrate();
        List<Map<String, Object>> deferred = jdbc.queryForList("""
                select indexname, indexdef from pg_indexes
                where schemaname = ? and indexname not in (
                    select conname from pg_constraint where connamespace = cast(? as regnamespace))""", NEXT, NEXT);
        for (Map<String, Object> index : deferred) {
            jdbc.execute("drop index " + NEXT + "." + index.get("indexname"));
        }
        return deferred.stream().map(index -> (String) index.get("indexdef")).toList();
    }

    void createIndexes(List<String> definitions) {
        definitions.forEach(jdbc::execute);
    }

    void discard() {
        jdbc.execute("drop schema if exists " + NEXT + " cascade");
    }

    /**
     * Puts the rebuilt tables in the live ones' place in one transaction on {@code connection}. First the
     * live positions table is locked against writes, which holds every live projector, on every instance,
     * before its next event (readers are not held); {@code catchUp} then applies the rest of the log to the
     * rebuilt tables, so they hold every event the live tables hold. Renaming the schemas takes no table
     * lock, so no query waits on the switch, and it invalidates every backend's cached plans, so every
     * statement after it, prepared or not, reads and writes the new tables. A lock that cannot be had within
     * {@code lockTimeout} (a live transaction that does not end) fails the switch and changes nothing.
     */
    void switchOver(Connection connection, String lockTimeout, Runnable catchUp) throws SQLException {
        inTransaction(connection, lockTimeout, statement -> {
            statement.execute("lock table " + LIVE + ".aggregate_position in exclusive mode");
            catchUp.run();
            statement.execute("alter schema " + LIVE + " rename to " + RETIRED);
            statement.execute("alter schema " + NEXT + " rename to " + LIVE);
        });
    }

    /**
     * Drops the tables a switch retired once the queries still reading them are done; if that takes longer
     * than {@code lockTimeout}, the next rebuild drops them.
     */
    boolean dropRetired(Connection connection, String lockTimeout) {
        try {
            inTransaction(connection, lockTimeout, statement -> statement.execute("drop schema if exists " + RETIRED + " cascade"));
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private interface Work {
        void run(Statement statement) throws SQLException;
    }

    /** Runs {@code work} in one transaction whose every lock wait is bounded by {@code lockTimeout}. */
    private static void inTransaction(Connection connection, String lockTimeout, Work work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local lock_timeout = '" + lockTimeout + "'");
            work.run(statement);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
