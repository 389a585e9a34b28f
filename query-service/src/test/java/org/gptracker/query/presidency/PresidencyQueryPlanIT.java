package org.gptracker.query.presidency;

import org.gptracker.query.QueryPlans;
import org.gptracker.query.QueryPlans.Plan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A presidency's record and the list of presidencies are computed from the totals kept per month and per day, each
 * read by a range of its key: a window's whole months, and the days around them; the totals are those the tallies' migration counted from a read model of 6,000 projects over 23
 * presidencies. The plans are those of {@link PresidencyReport}'s own statements with their bind values; they are
 * written to {@code target/query-plans/presidencies.md} for docs/query-plans.md.
 */
class PresidencyQueryPlanIT {

    @Test
    void aPresidencysRecordIsComputedFromTheTotalsOfItsWholeMonthsAndOfTheDaysAroundThem() throws Exception {
        QueryPlans plans = QueryPlans.onAFilledReadModel();
        PresidencyReport report = new PresidencyReport(plans);

        assertThat(report.all()).hasSize(23);
        List<Plan> list = plans.taken();
        assertThat(report.find(2015, null)).get().extracting(PresidencyView::counts).extracting(PresidencyView.Counts::proposed)
                .isEqualTo(plans.getJdbcTemplate().queryForObject(
                        "select count(*) from read.project where extract(year from proposed_on) = 2015", Long.class));
        List<Plan> record = plans.taken();
        assertThat(report.find(2015, LocalDate.of(2015, 6, 30))).isPresent();
        List<Plan> asOf = plans.taken();

        // every total read by a range of its table's key, never a scan of the projects or of a whole table of totals
        // (the changes not yet folded are a few rows, and the projects open on a day a sum over every month before
        // it, a few hundred rows: both read as PostgreSQL likes)
        for (Plan plan : concat(list, record, asOf)) {
            assertThat(plan.plan()).as(plan.sql() + "\n" + plan.plan()).doesNotContain("Seq Scan on project ", "Seq Scan on project_")
                    .doesNotContainPattern("Seq Scan on ((milestone|activity|flow)_tally(_month)?|open_tally) ");
        }
        assertThat(concat(list, record).stream().map(Plan::plan).toList()).as("the whole months are read from their totals")
                .anyMatch(plan -> plan.contains(" on milestone_tally_month"))
                .anyMatch(plan -> plan.contains(" on flow_tally_month"))
                .anyMatch(plan -> plan.contains(" on open_tally_month"));
        QueryPlans.write("presidencies.md", QueryPlans.section("Every presidency with headline counts", list)
                + QueryPlans.section("Record of presidency 2015", record)
                + QueryPlans.section("Record of presidency 2015, asOf=2015-06-30", asOf));
    }

    @SafeVarargs
    private static List<Plan> concat(List<Plan>... plans) {
        return Stream.of(plans).flatMap(List::stream).toList();
    }
}
