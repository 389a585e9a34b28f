package org.gptracker.query.project;

import org.gptracker.query.projection.BatchStore;
import org.gptracker.query.projection.CopyRows;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch changes in the totals a presidency's record is read from ({@code milestone_tally}, {@code open_tally},
 * {@code activity_tally}, {@code flow_tally}): every project the batch changed counts out as it was before the batch
 * and in as it ends it, and every money flow it recorded is added. The changes, none zero, are appended to the tables
 * of changes in the batch's transaction; {@link TallyFolder} folds them into the totals.
 */
final class PresidencyTallies {

    /** The projects a milestone took effect for on a day; {@code outcome} is empty but for closures. */
    record MilestoneKey(LocalDate day, String milestone, String outcome) {
    }

    /** The projects active in a presidency since a day with a code of one dimension: AREA, PRIORITY or RECIPIENT. */
    record ActivityKey(int presidency, String dimension, String code, LocalDate firstOn) {
    }

    /** The money of one kind a donor moved in a currency on a day. */
    record FlowKey(String kind, LocalDate day, String donor, String currency) {
    }

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

    /** {@code before} is null for a project the batch proposed; what did not move cancels out. */
    void changed(Counted before, Counted after) {
        if (before != null) {
            add(before, -1);
        }
        add(after, 1);
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

    /** The batch's changes, detached: the tallies start the next batch empty. */
    Changes drain() {
        Changes changes = new Changes(nonZero(milestones), nonZero(activity),
                money.entrySet().stream().map(change -> Map.entry(change.getKey(), change.getValue())).toList(), nonZero(open));
        milestones.clear();
        activity.clear();
        money.clear();
        open.clear();
        return changes;
    }

    /** Changes to the totals, none zero. */
    record Changes(List<Map.Entry<MilestoneKey, Integer>> milestones, List<Map.Entry<ActivityKey, Integer>> activity,
                   List<Map.Entry<FlowKey, BigDecimal>> money, List<Map.Entry<LocalDate, Integer>> open)
            implements BatchStore.Write {

        /** Appended to the tables of changes, which {@link TallyFolder} folds into the totals. */
        @Override
        public void to(JdbcTemplate jdbc, String schema) {
            if (!milestones.isEmpty()) {
                CopyRows copy = new CopyRows();
                milestones.forEach(change -> copy.value(change.getKey().day()).text(change.getKey().milestone())
                        .text(change.getKey().outcome()).number(change.getValue()).endRow());
                copy.copy(jdbc, "copy %s.milestone_tally_change (day, milestone, outcome, projects) from stdin".formatted(schema));
            }
            if (!open.isEmpty()) {
                CopyRows copy = new CopyRows();
                open.forEach(change -> copy.value(change.getKey()).number(change.getValue()).endRow());
                copy.copy(jdbc, "copy %s.open_tally_change (day, projects) from stdin".formatted(schema));
            }
            if (!activity.isEmpty()) {
                CopyRows copy = new CopyRows();
                activity.forEach(change -> copy.value(change.getKey().presidency()).text(change.getKey().dimension())
                        .text(change.getKey().code()).value(change.getKey().firstOn()).number(change.getValue()).endRow());
                copy.copy(jdbc, "copy %s.activity_tally_change (presidency, dimension, code, first_on, projects) from stdin"
                        .formatted(schema));
            }
            if (!money.isEmpty()) {
                CopyRows copy = new CopyRows();
                money.forEach(change -> copy.text(change.getKey().kind()).value(change.getKey().day()).text(change.getKey().donor())
                        .text(change.getKey().currency()).amount(change.getValue()).endRow());
                copy.copy(jdbc, "copy %s.flow_tally_change (kind, day, donor, currency, amount) from stdin".formatted(schema));
            }
        }
    }

    private static <K> List<Map.Entry<K, Integer>> nonZero(Map<K, Integer> changes) {
        return changes.entrySet().stream().filter(change -> change.getValue() != 0)
                .map(change -> Map.entry(change.getKey(), change.getValue())).toList();
    }
}
