package org.gptracker.query.project;

import org.gptracker.query.project.PresidencyTallies.ActivityKey;
import org.gptracker.query.project.PresidencyTallies.FlowKey;
import org.gptracker.query.project.PresidencyTallies.MilestoneKey;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Folds the changes live batches appended ({@code *_tally_change}) into the presidency totals, about once a second:
 * in one transaction the changes are deleted and their sums per key added to the totals, so an answer, which sums
 * both, reads the same before and after. One folder at a time (an advisory lock), so no live batch ever waits on a
 * total. A decrease must find its total, as a project counted out was counted in before: if it does not, the totals
 * and the project rows disagree, nothing is folded, the answers stay right (they still sum the changes), and the
 * failure is counted ({@code gp_tally_fold_failures_total}) and logged at ERROR until a rebuild counts the totals afresh.
 */
@Component
class TallyFolder {

    private static final Logger log = LoggerFactory.getLogger(TallyFolder.class);
    private static final int JDBC_BATCH = 1000;
    /** The advisory lock the folders of every query-service instance take turns on. */
    private static final long FOLDING = 0x67705f74616c6c79L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Counter failures;
    private String lastFailure;

    TallyFolder(JdbcTemplate jdbc, TransactionTemplate transactions, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.failures = Counter.builder("gp.tally.fold.failures")
                .description("Folds of the presidency totals' changes that failed and left the changes unfolded")
                .register(meters);
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void foldNow() {
        try {
            fold();
            if (lastFailure != null) {
                log.info("Presidency totals folded again");
                lastFailure = null;
            }
        } catch (RuntimeException failure) {
            failures.increment();
            if (!String.valueOf(failure.getMessage()).equals(lastFailure)) {
                log.error("Presidency totals not folded; answers still sum the changes: {}", failure.getMessage());
                lastFailure = String.valueOf(failure.getMessage());
            }
        }
    }

    /** Folds every change committed so far, unless another folder holds the lock. */
    private void fold() {
        transactions.executeWithoutResult(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, FOLDING))) {
                return;
            }
            List<Map.Entry<MilestoneKey, Integer>> milestones = jdbc.query("""
                    with moved as (delete from read.milestone_tally_change returning *)
                    select day, milestone, outcome, sum(projects) as projects from moved
                    group by day, milestone, outcome having sum(projects) <> 0 order by day, milestone, outcome""",
                    (rs, n) -> Map.entry(new MilestoneKey(rs.getObject("day", LocalDate.class), rs.getString("milestone"),
                            rs.getString("outcome")), rs.getInt("projects")));
            List<Map.Entry<LocalDate, Integer>> open = jdbc.query("""
                    with moved as (delete from read.open_tally_change returning *)
                    select day, sum(projects) as projects from moved group by day having sum(projects) <> 0 order by day""",
                    (rs, n) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getInt("projects")));
            List<Map.Entry<ActivityKey, Integer>> activity = jdbc.query("""
                    with moved as (delete from read.activity_tally_change returning *)
                    select presidency, dimension, code, first_on, sum(projects) as projects from moved
                    group by presidency, dimension, code, first_on having sum(projects) <> 0
                    order by presidency, dimension, code, first_on""",
                    (rs, n) -> Map.entry(new ActivityKey(rs.getInt("presidency"), rs.getString("dimension"), rs.getString("code"),
                            rs.getObject("first_on", LocalDate.class)), rs.getInt("projects")));
            List<Map.Entry<FlowKey, BigDecimal>> money = jdbc.query("""
                    with moved as (delete from read.flow_tally_change returning *)
                    select kind, day, donor, currency, sum(amount) as amount from moved
                    group by kind, day, donor, currency order by kind, day, donor, currency""",
                    (rs, n) -> Map.entry(new FlowKey(rs.getString("kind"), rs.getObject("day", LocalDate.class),
                            rs.getString("donor"), rs.getString("currency")), rs.getBigDecimal("amount")));
            if (milestones.isEmpty() && open.isEmpty() && activity.isEmpty() && money.isEmpty()) {
                return;
            }
            // the same changes summed per month go to the month totals (decision 0069)
            List<Map.Entry<MilestoneKey, Integer>> milestoneMonths = perMonth(milestones,
                    key -> new MilestoneKey(month(key.day()), key.milestone(), key.outcome()));
            List<Map.Entry<LocalDate, Integer>> openMonths = perMonth(open, TallyFolder::month);
            writeMilestones("milestone_tally", "day", milestones);
            writeMilestones("milestone_tally_month", "month", milestoneMonths);
            writeActivity(activity);
            writeMoney("flow_tally", "day", money);
            writeMoney("flow_tally_month", "month", perMonth(money,
                    key -> new FlowKey(key.kind(), month(key.day()), key.donor(), key.currency()), BigDecimal::add));
            writeOpen("open_tally", "day", open);
            writeOpen("open_tally_month", "month", openMonths);
            deleteZeros("milestone_tally", "day", milestones);
            deleteZeros("milestone_tally_month", "month", milestoneMonths);
            deleteZeros(activity);
            deleteZeros("open_tally", "day", open);
            deleteZeros("open_tally_month", "month", openMonths);
        });
    }

    private static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    /** A fold's changes of counts summed per month; what cancels out within a month is no change of its total. */
    private static <K> List<Map.Entry<K, Integer>> perMonth(List<Map.Entry<K, Integer>> changes, UnaryOperator<K> month) {
        return perMonth(changes, month, Integer::sum).stream().filter(change -> change.getValue() != 0).toList();
    }

    private static <K, V> List<Map.Entry<K, V>> perMonth(List<Map.Entry<K, V>> changes, UnaryOperator<K> month, BinaryOperator<V> sum) {
        Map<K, V> byMonth = new LinkedHashMap<>();
        changes.forEach(change -> byMonth.merge(month.apply(change.getKey()), change.getValue(), sum));
        return List.copyOf(byMonth.entrySet());
    }

    private void writeMilestones(String table, String date, List<Map.Entry<MilestoneKey, Integer>> changes) {
        writeCounts(changes, """
                        insert into read.%1$s as t (%2$s, milestone, outcome, projects) values (?, ?, ?, ?)
                        on conflict (%2$s, milestone, outcome) do update set projects = t.projects + excluded.projects"""
                        .formatted(table, date),
                "update read.%s set projects = projects + ? where %s = ? and milestone = ? and outcome = ?".formatted(table, date),
                TallyFolder::bind, 3);
    }

    private void writeActivity(List<Map.Entry<ActivityKey, Integer>> changes) {
        writeCounts(changes, """
                        insert into read.activity_tally as t (presidency, dimension, code, first_on, projects) values (?, ?, ?, ?, ?)
                        on conflict (presidency, dimension, code, first_on) do update set projects = t.projects + excluded.projects""",
                "update read.activity_tally set projects = projects + ? where presidency = ? and dimension = ? and code = ? and first_on = ?",
                TallyFolder::bind, 4);
    }

    @FunctionalInterface
    private interface KeyBinder<K> {
        void bind(PreparedStatement statement, K key, int firstIndex) throws SQLException;
    }

    /**
     * Increases are upserted; a decrease must find its row, as a project counted out was counted in before (PostgreSQL
     * checks an upsert's proposed row, so a negative one would fail even where the key exists). Runs of either kind go
     * one after another in key order.
     */
    private <K> void writeCounts(List<Map.Entry<K, Integer>> changes, String increase, String decrease, KeyBinder<K> binder,
                                 int keyColumns) {
        int from = 0;
        while (from < changes.size()) {
            boolean increasing = changes.get(from).getValue() > 0;
            int to = from;
            while (to < changes.size() && changes.get(to).getValue() > 0 == increasing) {
                to++;
            }
            List<Map.Entry<K, Integer>> run = changes.subList(from, to);
            int[][] updated = jdbc.batchUpdate(increasing ? increase : decrease, run, JDBC_BATCH, (statement, change) -> {
                if (increasing) {
                    binder.bind(statement, change.getKey(), 1);
                    statement.setInt(keyColumns + 1, change.getValue());
                } else {
                    statement.setInt(1, change.getValue());
                    binder.bind(statement, change.getKey(), 2);
                }
            });
            if (!increasing) {
                int row = 0;
                for (int[] batch : updated) {
                    for (int count : batch) {
                        if (count == 0) {
                            throw new IllegalStateException("no total to take a project out of: " + run.get(row).getKey()
                                    + "; the totals are out of step with the project rows (POST /admin/rebuild counts them afresh)");
                        }
                        row++;
                    }
                }
            }
            from = to;
        }
    }

    private void writeMoney(String table, String date, List<Map.Entry<FlowKey, BigDecimal>> changes) {
        jdbc.batchUpdate("""
                        insert into read.%1$s as t (kind, %2$s, donor, currency, amount) values (?, ?, ?, ?, ?)
                        on conflict (kind, %2$s, donor, currency) do update set amount = t.amount + excluded.amount"""
                        .formatted(table, date),
                changes, JDBC_BATCH, (statement, change) -> {
                    FlowKey key = change.getKey();
                    statement.setString(1, key.kind());
                    statement.setObject(2, key.day());
                    statement.setString(3, key.donor());
                    statement.setString(4, key.currency());
                    statement.setBigDecimal(5, change.getValue());
                });
    }

    private void writeOpen(String table, String date, List<Map.Entry<LocalDate, Integer>> changes) {
        jdbc.batchUpdate("""
                        insert into read.%1$s as t (%2$s, projects) values (?, ?)
                        on conflict (%2$s) do update set projects = t.projects + excluded.projects""".formatted(table, date),
                changes, JDBC_BATCH, (statement, change) -> {
                    statement.setObject(1, change.getKey());
                    statement.setInt(2, change.getValue());
                });
    }

    /** Only totals this fold decreased can have reached zero. */
    private void deleteZeros(String table, String date, List<Map.Entry<MilestoneKey, Integer>> changes) {
        jdbc.batchUpdate("delete from read.%s where %s = ? and milestone = ? and outcome = ? and projects = 0".formatted(table, date),
                decreased(changes), JDBC_BATCH, (statement, key) -> bind(statement, key, 1));
    }

    private void deleteZeros(List<Map.Entry<ActivityKey, Integer>> changes) {
        jdbc.batchUpdate("delete from read.activity_tally where presidency = ? and dimension = ? and code = ? and first_on = ? and projects = 0",
                decreased(changes), JDBC_BATCH, (statement, key) -> bind(statement, key, 1));
    }

    /** An open-days total can reach zero from either side. */
    private void deleteZeros(String table, String date, Collection<Map.Entry<LocalDate, Integer>> changes) {
        jdbc.batchUpdate("delete from read.%s where %s = ? and projects = 0".formatted(table, date),
                changes.stream().map(Map.Entry::getKey).toList(), JDBC_BATCH, (statement, day) -> statement.setObject(1, day));
    }

    private static <K> List<K> decreased(List<Map.Entry<K, Integer>> changes) {
        return changes.stream().filter(change -> change.getValue() < 0).map(Map.Entry::getKey).toList();
    }

    private static void bind(PreparedStatement statement, MilestoneKey key, int first) throws SQLException {
        statement.setObject(first, key.day());
        statement.setString(first + 1, key.milestone());
        statement.setString(first + 2, key.outcome());
    }

    private static void bind(PreparedStatement statement, ActivityKey key, int first) throws SQLException {
        statement.setInt(first, key.presidency());
        statement.setString(first + 1, key.dimension());
        statement.setString(first + 2, key.code());
        statement.setObject(first + 3, key.firstOn());
    }
}
