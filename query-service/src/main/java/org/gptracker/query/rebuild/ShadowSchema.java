package org.gptracker.query.rebuild;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The schema a rebuild writes into ({@value #NEXT}), created by the same Flyway migrations as the live
 * schema ({@value #LIVE}), and the switch that puts it in the live schema's place.
 */
@Component
class ShadowSchema {

    private static final Logger log = LoggerFactory.getLogger(ShadowSchema.class);

    static final String LIVE = "read";
    static final String NEXT = "read_next";
    private static final String RETIRED = "read_retired";
    /** Tables a rebuild appends to and never reads or updates: their keys are built once over the loaded rows. */
    private static final List<String> APPEND_ONLY = List.of("event_log", "project_flow");
    /** The migrations that count the presidency totals from the project rows, per day and then per month (decisions 0068, 0069). */
    private static final List<String> COUNT_TALLIES = List.of("/db/query/V14__count_presidency_tallies.sql",
            "/db/query/V16__count_presidency_tallies_by_month.sql");
    private static final String TALLIES = "milestone_tally, open_tally, activity_tally, flow_tally, "
            + "milestone_tally_month, open_tally_month, flow_tally_month";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final FlywayProperties flyway;
    private final TransactionTemplate transactions;

    ShadowSchema(DataSource dataSource, JdbcTemplate jdbc, FlywayProperties flyway, TransactionTemplate transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.flyway = flyway;
        this.transactions = transactions;
    }

    /**
     * Empty read-model tables in {@value #NEXT}, whatever an earlier, interrupted rebuild left there, without what
     * a bulk load need not maintain row by row and is cheaper built once over the loaded rows: every foreign key,
     * the keys of the tables a rebuild only appends to ({@link #APPEND_ONLY}), and every index that backs no
     * constraint. The keys the rebuild reads or updates by stay. Returns the statements that put the rest back,
     * in order, for {@link #complete}.
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
        List<String> restore = new ArrayList<>();
        List<Map<String, Object>> deferredConstraints = jdbc.queryForList("""
                select t.relname, c.conname, pg_get_constraintdef(c.oid) as definition
                from pg_constraint c join pg_class t on t.oid = c.conrelid
                where c.connamespace = cast(? as regnamespace)
                  and (c.contype = 'f' or c.contype in ('p', 'u') and t.relname = any (?))
                order by c.contype = 'f', c.conname""", NEXT, APPEND_ONLY.toArray(String[]::new));
        for (Map<String, Object> constraint : deferredConstraints) {
            String table = NEXT + "." + constraint.get("relname");
            jdbc.execute("alter table " + table + " drop constraint " + constraint.get("conname"));
            restore.add("alter table " + table + " add constraint " + constraint.get("conname") + " " + constraint.get("definition"));
        }
        List<Map<String, Object>> deferredIndexes = jdbc.queryForList("""
                select indexname, indexdef from pg_indexes
                where schemaname = ? and indexname not in (
                    select conname from pg_constraint where connamespace = cast(? as regnamespace))""", NEXT, NEXT);
        for (Map<String, Object> index : deferredIndexes) {
            jdbc.execute("drop index " + NEXT + "." + index.get("indexname"));
            restore.add((String) index.get("indexdef"));
        }
        return restore;
    }

    /**
     * Puts back what {@link #create} left out, with {@code maintenanceWorkMem} for the sorts (PostgreSQL's default
     * of 64MB spills a million-row sort to disk), and takes every table's statistics. The event log's keys and indexes,
     * half of the work, are built on a second connection while the other tables' are, and those are then vacuumed
     * while the event log's are still built: two transactions, since a failure drops the schema anyway.
     */
    void complete(List<String> restore, String maintenanceWorkMem) {
        String eventLog = "%s.event_log ".formatted(NEXT);
        List<String> ofEventLog = restore.stream().filter(statement -> statement.contains(eventLog)).toList();
        List<String> others = restore.stream().filter(statement -> !statement.contains(eventLog)).toList();
        ExecutorService second = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "gp-rebuild-indexes"));
        try {
            Future<?> eventLogDone = second.submit(() -> {
                build(ofEventLog, maintenanceWorkMem);
                timed("analyze " + NEXT + ".event_log");
            });
            build(others, maintenanceWorkMem);
            // statistics before the tables go live: until autovacuum first visits them the planner guesses, and
            // guesses a walk of a whole listing index for a presidency's page. The read models are vacuumed too, so
            // their counts are index-only scans from the start; the append-only event log (most of the bytes) is not.
            timed("vacuum (analyze) " + String.join(", ", jdbc.queryForList("""
                    select format('%I.%I', schemaname, tablename) from pg_tables
                    where schemaname = ? and tablename <> 'event_log'""", String.class, NEXT)));
            eventLogDone.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the rebuilt tables' indexes", e);
        } finally {
            second.shutdown();
        }
    }

    /**
     * The totals kept for queries, which a rebuild's batches leave out, counted from the rows by the migrations that
     * count them over an existing read model, and analysed, as the other tables were; counted afresh at every attempt
     * to switch.
     */
    private void countTallies() {
        List<String> counts = COUNT_TALLIES.stream().map(ShadowSchema::script).toList();
        transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("select set_config('search_path', ?, true)", String.class, NEXT);
            jdbc.execute("truncate " + TALLIES);
            counts.forEach(this::timed);
            timed("analyze " + TALLIES);
        });
    }

    private static String script(String resource) {
        try (InputStream script = ShadowSchema.class.getResourceAsStream(resource)) {
            if (script == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void build(List<String> statements, String maintenanceWorkMem) {
        transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("select set_config('maintenance_work_mem', ?, true)", String.class, maintenanceWorkMem);
            statements.forEach(this::timed);
        });
    }

    private void timed(String statement) {
        long started = System.nanoTime();
        jdbc.execute(statement);
        log.debug("Rebuild: {} took {} ms", statement, (System.nanoTime() - started) / 1_000_000);
    }

    void discard() {
        jdbc.execute("drop schema if exists " + NEXT + " cascade");
    }

    /**
     * Puts the rebuilt tables in the live ones' place in one transaction on {@code connection}. First the
     * live positions table is locked against writes, which holds every live projector, on every instance,
     * before its next event (readers are not held); {@code catchUp} then applies the rest of the log to the
     * rebuilt tables, so they hold every event the live tables hold, and the totals are counted from them. Renaming the schemas takes no table
     * lock, so no query waits on the switch, and it invalidates every backend's cached plans, so every
     * statement after it, prepared or not, reads and writes the new tables. A lock that cannot be had within
     * {@code lockTimeout} (a live transaction that does not end) fails the switch and changes nothing.
     */
    void switchOver(Connection connection, String lockTimeout, Runnable catchUp) throws SQLException {
        inTransaction(connection, lockTimeout, statement -> {
            statement.execute("lock table " + LIVE + ".aggregate_position in exclusive mode");
            catchUp.run();
            countTallies();
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
