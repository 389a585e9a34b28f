package org.gptracker.query.project;

import org.gptracker.query.projection.BatchStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch changes in the totals a presidency's record is read from ({@code milestone_tally},
 * {@code activity_tally}, {@code flow_tally}, {@code open_tally}): every project the batch changed counts out as it was before the batch
 * and in as it ends it, and every money flow it recorded is added.
 * The changes are written sorted by key, milestones first, so that two partitions' transactions meeting on a day's
 * row wait for each other and never deadlock (milestones, activity, money, open days); a total that reaches zero is then deleted, so that the rows are the same
 * however the events were batched.
 */
final class PresidencyTallies {

    private static final int JDBC_BATCH = 1000;

    /** The projects a milestone took effect for on a day; {@code outcome} is empty but for closures. */
    record MilestoneKey(LocalDate day, String milestone, String outcome) {
    }

    /** The projects active in a presidency since a day with a code of one dimension: AREA, PRIORITY or RECIPIENT. */
    record ActivityKey(int presidency, String dimension, String code, LocalDate firstOn) {
    }

    /** The money of one kind a donor moved in a currency on a day. */
    record FlowKey(String kind, LocalDate day, String donor, String currency) {
    }

    private static final Comparator<MilestoneKey> MILESTONE_ORDER = Comparator.comparing(MilestoneKey::day)
            .thenComparing(MilestoneKey::milestone).thenComparing(MilestoneKey::outcome);
    private static final Comparator<ActivityKey> ACTIVITY_ORDER = Comparator.comparingInt(ActivityKey::presidency)
            .thenComparing(ActivityKey::dimension).thenComparing(ActivityKey::code).thenComparing(ActivityKey::firstOn);
    private static final Comparator<FlowKey> FLOW_ORDER = Comparator.comparing(FlowKey::kind).thenComparing(FlowKey::day)
            .thenComparing(FlowKey::donor).thenComparing(FlowKey::currency);

    private final Map<MilestoneKey, Integer> milestones = new HashMap<>();
    private final Map<ActivityKey, Integer> activity = new HashMap<>();
    private final Map<FlowKey, BigDecimal> money = new HashMap<>();
    /** Per day, the projects whose open span starts on it minus those whose span ends on it. */
    private final Map<LocalDate, Integer> open = new HashMap<>();

    /** A project as the tallies see it: its row, and the day it became active in each presidency it is active in. */
    record Counted(ProjectRow project, Map<Integer, LocalDate> activeIn) {

        Counted {
            activeIn = Map.copyOf(activeIn);
        }
    }

    /** {@code before} is null for a project the batch proposed. */
    void changed(Counted before, Counted after) {
        if (before != null && counts(before).equals(counts(after))) {
            return;
        }
        if (before != null) {
            add(before, -1);
        }
        add(after, 1);
    }

    /** What a project counts for, with every field that does and nothing else. */
    private static List<Object> counts(Counted counted) {
        ProjectRow project = counted.project();
        return List.of(counted.activeIn(), project.area(), project.priorities(), project.recipients(), project.proposedOn(),
                String.valueOf(ProjectStore.date(project.matched())), String.valueOf(ProjectStore.date(project.funded())),
                String.valueOf(ProjectStore.date(project.closed())), String.valueOf(project.outcome()));
    }

    private void add(Counted counted, int sign) {
        ProjectRow project = counted.project();
        milestone(project.proposedOn(), "PROPOSED", "", sign);
        milestone(ProjectStore.date(project.matched()), "MATCHED", "", sign);
        milestone(ProjectStore.date(project.funded()), "FUNDED", "", sign);
        milestone(ProjectStore.date(project.closed()), "CLOSED", project.outcome() == null ? "" : project.outcome(), sign);
        // open from the proposal's day up to the closure's (read.project.open_span); closed before it: never open
        open.merge(project.proposedOn(), sign, Integer::sum);
        LocalDate closedOn = ProjectStore.date(project.closed());
        if (closedOn != null) {
            open.merge(closedOn.isBefore(project.proposedOn()) ? project.proposedOn() : closedOn, -sign, Integer::sum);
        }
        counted.activeIn().forEach((presidency, firstOn) -> {
            activity(new ActivityKey(presidency, "AREA", project.area(), firstOn), sign);
            project.priorities().forEach(code -> activity(new ActivityKey(presidency, "PRIORITY", code, firstOn), sign));
            project.recipients().forEach(state -> activity(new ActivityKey(presidency, "RECIPIENT", state, firstOn), sign));
        });
    }

    /** A commitment or disbursement the batch recorded. */
    void flowed(Flow flow) {
        money.merge(new FlowKey(flow.kind().name(), flow.effectiveDate(), flow.donor(), flow.amount().currencyCode()),
                flow.amount().amount(), BigDecimal::add);
    }

    private void milestone(LocalDate day, String milestone, String outcome, int sign) {
        if (day != null) {
            milestones.merge(new MilestoneKey(day, milestone, outcome), sign, Integer::sum);
        }
    }

    private void activity(ActivityKey key, int sign) {
        activity.merge(key, sign, Integer::sum);
    }

    /** The batch's changes, detached and sorted: the tallies start the next batch empty. */
    Changes drain() {
        List<Map.Entry<FlowKey, BigDecimal>> flows = new ArrayList<>(money.entrySet());
        flows.sort(Map.Entry.comparingByKey(FLOW_ORDER));
        Changes changes = new Changes(sorted(milestones, MILESTONE_ORDER), sorted(activity, ACTIVITY_ORDER), List.copyOf(flows),
                sorted(open, Comparator.naturalOrder()));
        milestones.clear();
        activity.clear();
        money.clear();
        open.clear();
        return changes;
    }

    /** Changes to the totals, none zero, in key order. */
    record Changes(List<Map.Entry<MilestoneKey, Integer>> milestones, List<Map.Entry<ActivityKey, Integer>> activity,
                   List<Map.Entry<FlowKey, BigDecimal>> money, List<Map.Entry<LocalDate, Integer>> open)
            implements BatchStore.Write {

        @Override
        public void to(JdbcTemplate jdbc, String schema) {
            if (!milestones.isEmpty()) {
                writeMilestones(jdbc, schema, milestones);
            }
            if (!activity.isEmpty()) {
                writeActivity(jdbc, schema, activity);
            }
            if (!money.isEmpty()) {
                writeMoney(jdbc, schema, money);
            }
            if (!open.isEmpty()) {
                writeOpen(jdbc, schema, open);
            }
            deleteZeros(jdbc, schema, milestones, activity, open);
        }
    }

    private static <K> List<Map.Entry<K, Integer>> sorted(Map<K, Integer> changes, Comparator<K> order) {
        List<Map.Entry<K, Integer>> sorted = new ArrayList<>();
        changes.forEach((key, change) -> {
            if (change != 0) {
                sorted.add(Map.entry(key, change));
            }
        });
        sorted.sort(Map.Entry.comparingByKey(order));
        return sorted;
    }

    private static void writeMilestones(JdbcTemplate jdbc, String schema, List<Map.Entry<MilestoneKey, Integer>> changes) {
        writeCounts(jdbc, changes, """
                        insert into %s.milestone_tally as t (day, milestone, outcome, projects) values (?, ?, ?, ?)
                        on conflict (day, milestone, outcome) do update set projects = t.projects + excluded.projects"""
                        .formatted(schema),
                "update %s.milestone_tally set projects = projects + ? where day = ? and milestone = ? and outcome = ?"
                        .formatted(schema),
                PresidencyTallies::bind, 3);
    }

    private static void writeActivity(JdbcTemplate jdbc, String schema, List<Map.Entry<ActivityKey, Integer>> changes) {
        writeCounts(jdbc, changes, """
                        insert into %s.activity_tally as t (presidency, dimension, code, first_on, projects) values (?, ?, ?, ?, ?)
                        on conflict (presidency, dimension, code, first_on) do update set projects = t.projects + excluded.projects"""
                        .formatted(schema),
                "update %s.activity_tally set projects = projects + ? where presidency = ? and dimension = ? and code = ? and first_on = ?"
                        .formatted(schema),
                PresidencyTallies::bind, 4);
    }

    @FunctionalInterface
    private interface KeyBinder<K> {
        void bind(PreparedStatement statement, K key, int firstIndex) throws SQLException;
    }

    /**
     * Increases are upserted; a decrease must find its row, as a project counted out was counted in before (PostgreSQL
     * checks an upsert's proposed row, so a negative one would fail even where the key exists). Runs of either kind go
     * one after another in key order, which keeps the order rows are locked in.
     */
    private static <K> void writeCounts(JdbcTemplate jdbc, List<Map.Entry<K, Integer>> changes, String increase,
                                        String decrease, KeyBinder<K> binder, int keyColumns) {
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
                                    + "; the tallies are out of step with the project rows (POST /admin/rebuild recounts them)");
                        }
                        row++;
                    }
                }
            }
            from = to;
        }
    }

    private static void writeMoney(JdbcTemplate jdbc, String schema, List<Map.Entry<FlowKey, BigDecimal>> changes) {
        jdbc.batchUpdate("""
                        insert into %s.flow_tally as t (kind, day, donor, currency, amount) values (?, ?, ?, ?, ?)
                        on conflict (kind, day, donor, currency) do update set amount = t.amount + excluded.amount"""
                        .formatted(schema),
                changes, JDBC_BATCH, (statement, change) -> {
                    FlowKey key = change.getKey();
                    statement.setString(1, key.kind());
                    statement.setObject(2, key.day());
                    statement.setString(3, key.donor());
                    statement.setString(4, key.currency());
                    statement.setBigDecimal(5, change.getValue());
                });
    }

    private static void writeOpen(JdbcTemplate jdbc, String schema, List<Map.Entry<LocalDate, Integer>> changes) {
        jdbc.batchUpdate("""
                        insert into %s.open_tally as t (day, projects) values (?, ?)
                        on conflict (day) do update set projects = t.projects + excluded.projects""".formatted(schema),
                changes, JDBC_BATCH, (statement, change) -> {
                    statement.setObject(1, change.getKey());
                    statement.setInt(2, change.getValue());
                });
    }

    /** Only rows this transaction has just written, and so locked already, can have reached zero. */
    private static void deleteZeros(JdbcTemplate jdbc, String schema, List<Map.Entry<MilestoneKey, Integer>> milestoneChanges,
                                    List<Map.Entry<ActivityKey, Integer>> activityChanges,
                                    List<Map.Entry<LocalDate, Integer>> openChanges) {
        List<MilestoneKey> milestones = decreased(milestoneChanges);
        if (!milestones.isEmpty()) {
            jdbc.batchUpdate("delete from %s.milestone_tally where day = ? and milestone = ? and outcome = ? and projects = 0"
                    .formatted(schema), milestones, JDBC_BATCH, PresidencyTallies::bind);
        }
        // a day's net change can reach zero from either side
        if (!openChanges.isEmpty()) {
            jdbc.batchUpdate("delete from %s.open_tally where day = ? and projects = 0".formatted(schema), openChanges,
                    JDBC_BATCH, (statement, change) -> statement.setObject(1, change.getKey()));
        }
        List<ActivityKey> activity = decreased(activityChanges);
        if (!activity.isEmpty()) {
            jdbc.batchUpdate("delete from %s.activity_tally where presidency = ? and dimension = ? and code = ? and first_on = ? and projects = 0"
                    .formatted(schema), activity, JDBC_BATCH, PresidencyTallies::bind);
        }
    }

    private static <K> List<K> decreased(List<Map.Entry<K, Integer>> changes) {
        return changes.stream().filter(change -> change.getValue() < 0).map(Map.Entry::getKey).toList();
    }

    private static void bind(PreparedStatement statement, MilestoneKey key) throws SQLException {
        bind(statement, key, 1);
    }

    private static void bind(PreparedStatement statement, MilestoneKey key, int first) throws SQLException {
        statement.setObject(first, key.day());
        statement.setString(first + 1, key.milestone());
        statement.setString(first + 2, key.outcome());
    }

    private static void bind(PreparedStatement statement, ActivityKey key) throws SQLException {
        bind(statement, key, 1);
    }

    private static void bind(PreparedStatement statement, ActivityKey key, int first) throws SQLException {
        statement.setInt(first, key.presidency());
        statement.setString(first + 1, key.dimension());
        statement.setString(first + 2, key.code());
        statement.setObject(first + 3, key.firstOn());
    }
}
