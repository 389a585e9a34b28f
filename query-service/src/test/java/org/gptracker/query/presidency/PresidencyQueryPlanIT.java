package org.gptracker.query.presidency;

import org.gptracker.query.QueryPlans;
import org.gptracker.query.QueryPlans.Plan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A presidency's record and the list of presidencies are computed from indexes on a read model of 6,000
 * projects over 23 presidencies. The plans are those of {@link PresidencyReport}'s own statements with
 * their bind values; they are written to {@code target/query-plans/presidencies.md} for docs/query-plans.md.
 */
class PresidencyQueryPlanIT {

    @Test
    void aPresidencysRecordIsComputedFromIndexes() throws Exception {
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

        // milestones by a range of their index, open projects by their span, breakdowns from activity rows
        for (Plan plan : concat(list, record, asOf)) {
            assertThat(plan.plan()).as(plan.sql() + "\n" + plan.plan()).doesNotContain("Seq Scan on project ", "Seq Scan on project_");
            if (plan.sql().contains("open_span @>")) {
                assertThat(plan.plan()).as(plan.sql() + "\n" + plan.plan()).contains("Index Only Scan using project_open_span_col_idx");
            }
        }
        QueryPlans.write("presidencies.md", QueryPlans.section("Every presidency with headline counts", list)
                + QueryPlans.section("Record of presidency 2015", record)
                + QueryPlans.section("Record of presidency 2015, asOf=2015-06-30", asOf));
    }

    @SafeVarargs
    private static List<Plan> concat(List<Plan>... plans) {
        return Stream.of(plans).flatMap(List::stream).toList();
    }
}
