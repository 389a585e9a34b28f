package org.gptracker.query.project;

import org.gptracker.events.value.CbrnArea;
import org.gptracker.query.QueryPlans;
import org.gptracker.query.QueryPlans.Plan;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every project list query is served by an index on a read model of 6,000 projects, and a project's record
 * by its keys. Every page is found through an index (the filter's, or the listing order's); so is the count
 * of a filter's matches, except when they are more than a tenth of the table, where PostgreSQL may rightly
 * find reading the table whole cheaper. (It may also read {@code project} whole to join it to the matches an
 * index found elsewhere, when that is cheaper than one probe per match.) Every count equals that of the projects
 * matching the filter's condition, and every page its first projects in listing order (a donor alone is counted and
 * paged from its offers and commitments, which carry their project's proposal date). The plans are those of
 * {@link ProjectQueries}' own statements with their bind values; they are written to
 * {@code target/query-plans/projects.md} for docs/query-plans.md.
 */
class ProjectQueryPlanIT {

    private static final int PROJECTS = 6000;
    private static final String AN_INDEX = "Index (Only )?Scan|Bitmap Index Scan";
    private static final LocalDate END_OF_2015 = LocalDate.of(2015, 12, 31);

    @Test
    void everyListIsServedByAnIndexAndARecordByItsKeys() throws Exception {
        QueryPlans plans = QueryPlans.onAFilledReadModel();
        ProjectQueries projects = new ProjectQueries(plans);
        NamedParameterJdbcTemplate unplanned = new NamedParameterJdbcTemplate(plans.getJdbcTemplate());
        StringBuilder markdown = new StringBuilder();

        for (Listing listing : List.of(
                new Listing("No filter, first page", filter(null, null, null, null, null, null, null), 0),
                new Listing("No filter, page 100", filter(null, null, null, null, null, null, null), 100),
                new Listing("status=FUNDED", filter(ProjectStatus.FUNDED, null, null, null, null, null, null), 0),
                new Listing("status=FUNDED&asOf=2015-12-31", filter(ProjectStatus.FUNDED, null, null, null, null, null, END_OF_2015), 0),
                new Listing("status=PROPOSED&asOf=2015-12-31", filter(ProjectStatus.PROPOSED, null, null, null, null, null, END_OF_2015), 0),
                new Listing("presidency=2015", filter(null, 2015, null, null, null, null, null), 0),
                new Listing("presidency=2015&asOf=2015-06-30", filter(null, 2015, null, null, null, null, LocalDate.of(2015, 6, 30)), 0),
                new Listing("area=NUCLEAR", filter(null, null, CbrnArea.NUCLEAR, null, null, null, null), 0),
                new Listing("donor=JP", filter(null, null, null, "JP", null, null, null), 0),
                new Listing("donor=JP&asOf=2015-12-31", filter(null, null, null, "JP", null, null, END_OF_2015), 0),
                new Listing("recipient=UA", filter(null, null, null, null, "UA", null, null), 0),
                new Listing("priority=PRIORITY_3", filter(null, null, null, null, null, "PRIORITY_3", null), 0),
                new Listing("recipient=UA&status=FUNDED&presidency=2015&asOf=2015-12-31",
                        filter(ProjectStatus.FUNDED, 2015, null, null, "UA", null, END_OF_2015), 0))) {
            ProjectPage page = projects.list(listing.filter(), listing.page(), 20);
            List<Plan> taken = plans.taken();

            assertThat(page.totalElements()).as(listing.title()).isPositive()
                    .isEqualTo(unplanned.queryForObject("select count(*) from read.project p where " + listing.filter().where(),
                            listing.filter().parameters(), Long.class));
            assertThat(page.content().stream().map(ProjectSummary::projectId).toList()).as(listing.title() + ": the page in listing order")
                    .isEqualTo(unplanned.queryForList("select p.project_id::text from read.project p where " + listing.filter().where()
                            + " order by p.proposed_on, p.project_id limit 20 offset " + listing.page() * 20,
                            listing.filter().parameters(), String.class));
            Plan count = taken.get(0);
            Plan content = taken.get(1);
            assertThat(content.plan()).as(listing.title() + "\n" + content.plan()).containsPattern(AN_INDEX);
            if (page.totalElements() <= PROJECTS / 10) {
                assertThat(count.plan()).as(listing.title() + "\n" + count.plan()).containsPattern(AN_INDEX);
            }
            if (listing.title().equals("donor=JP")) {
                assertThat(content.plan()).as("a donor's page walks its offers' and commitments' indexes in listing order\n"
                        + content.plan()).contains("Merge Append").doesNotContain("project_listing_idx", "Seq Scan on project ");
            }
            markdown.append(QueryPlans.section("List: " + listing.title(), taken));
        }

        String known = plans.getJdbcTemplate().queryForObject(
                "select project_id::text from read.project where funded_on <= date '2015-12-31' order by project_id limit 1", String.class);
        assertThat(projects.find(UUID.fromString(known), END_OF_2015)).isPresent();
        List<Plan> record = plans.taken();
        for (Plan plan : record) {
            assertThat(plan.plan()).as(plan.plan()).doesNotContain("Seq Scan");
        }
        markdown.append(QueryPlans.section("Record of one project, asOf=2015-12-31", record));
        QueryPlans.write("projects.md", markdown.toString());
    }

    private record Listing(String title, ProjectFilter filter, int page) {
    }

    private static ProjectFilter filter(ProjectStatus status, Integer presidency, CbrnArea area, String donor,
                                        String recipient, String priority, LocalDate asOf) {
        return new ProjectFilter(status, presidency, area, donor, recipient, priority, asOf);
    }
}
