package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.query.PresidencyStory;
import org.gptracker.query.ProjectStory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live batches append what they change in the presidency totals to the tables of changes, which are folded into the
 * totals about once a second; a presidency's record sums both, so it reads the same whether a change is folded yet
 * or not, and a fold that cannot be made (a decrease without its total) is counted and leaves the changes where they
 * are.
 */
class TallyFoldingIT extends QueryServiceTestBase {

    private static final int YEAR = 2071;

    @Test
    void theChangesOfLiveBatchesAreFoldedIntoTheTotalsOfTheirDaysAndMonthsAndTheRecordCountsThemOnce() throws Exception {
        PresidencyStory presidency = PresidencyStory.of(YEAR).opened("2070-12-01", "CA", "BIO", "Biosecurity");
        for (int sequence = 0; sequence < presidency.size(); sequence++) {
            publish(2, presidency.aggregateId(), presidency.record(sequence));
        }
        List<ProjectStory> projects = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProjectStory story = ProjectStory.ofNewProject().proposed("2071-03-0" + (1 + i), i == 0 ? "UA" : "KE",
                    CbrnArea.BIOLOGICAL, "1000.00 EUR", "BIO").committed("2071-04-01", "c-1", "CA", "100.00 EUR");
            projects.add(story);
        }
        for (ProjectStory story : projects) {
            for (int sequence = 0; sequence < story.size(); sequence++) {
                publish(3, story.projectId(), story.record(sequence));
            }
        }
        for (ProjectStory story : projects) {
            await().atMost(PATIENCE).until(() -> jdbc.queryForList("select last_sequence from read.aggregate_position"
                    + " where aggregate_id = ?", Long.class, story.projectId()).equals(List.of((long) story.size() - 1)));
        }
        JsonNode record = record();

        await().atMost(PATIENCE).until(() -> changes() == 0);

        assertThat(jdbc.queryForObject("select projects from read.activity_tally where presidency = ? and dimension = 'AREA'"
                + " and code = 'BIOLOGICAL' and first_on = '2071-03-02'", Integer.class, YEAR)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select sum(projects) from read.milestone_tally where day between '2071-03-01'"
                + " and '2071-03-03' and milestone = 'PROPOSED'", Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select projects from read.milestone_tally_month where month = '2071-03-01'"
                + " and milestone = 'PROPOSED'", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select amount from read.flow_tally_month where kind = 'COMMITMENT' and month = '2071-04-01'"
                + " and donor = 'CA' and currency = 'EUR'", String.class)).isEqualTo("300.00");
        assertThat(record()).isEqualTo(record);
        assertThat(record.get("counts").get("proposed").asLong()).isEqualTo(3);
        assertThat(record.get("recipientStates").asLong()).isEqualTo(2);
        assertThat(record.get("byArea").get("BIOLOGICAL").asLong()).isEqualTo(3);
        assertThat(record.get("commitments").get(0).get("amount").get("amount").asText()).isEqualTo("300.00");
    }

    @Test
    void aDecreaseWithoutItsTotalFailsTheFoldLoudlyAndTheRecordsStillSumTheChangesLeftUnfolded() throws Exception {
        double failedBefore = count("gp.tally.fold.failures");
        jdbc.update("insert into read.activity_tally_change (presidency, dimension, code, first_on, projects)"
                + " values (2172, 'AREA', 'NUCLEAR', '2172-05-01', -1)");
        try {
            await().atMost(PATIENCE).until(() -> count("gp.tally.fold.failures") > failedBefore);
            PresidencyStory presidency = PresidencyStory.of(2072).opened("2071-12-01", "JP", "BIO", "Biosecurity");
            for (int sequence = 0; sequence < presidency.size(); sequence++) {
                publish(4, presidency.aggregateId(), presidency.record(sequence));
            }
            ProjectStory kenya = ProjectStory.ofNewProject().proposed("2072-02-01", "KE", CbrnArea.CHEMICAL, "1000.00 EUR");
            ProjectStory moved = ProjectStory.ofNewProject().proposed("2072-02-02", "KE", CbrnArea.NUCLEAR, "1000.00 EUR")
                    .revisedRecipients("2072-02-03", "TZ");
            for (ProjectStory story : List.of(kenya, moved)) {
                for (int sequence = 0; sequence < story.size(); sequence++) {
                    publish(4, story.projectId(), story.record(sequence));
                }
            }
            await().atMost(PATIENCE).until(() -> jdbc.queryForList("select last_sequence from read.aggregate_position"
                    + " where aggregate_id = ?", Long.class, moved.projectId()).equals(List.of(1L)));

            assertThat(jdbc.queryForObject("select count(*) from read.activity_tally_change where presidency = 2172",
                    Long.class)).as("the broken change stays").isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from read.activity_tally where presidency = 2072", Long.class))
                    .as("nothing of 2072 folded").isZero();
            JsonNode unfolded = json.readTree(http.getForObject("/api/presidencies/2072", String.class));
            assertThat(unfolded.get("recipientStates").asLong()).isEqualTo(2);
            assertThat(unfolded.get("byArea").get("CHEMICAL").asLong()).isEqualTo(1);
            assertThat(unfolded.get("byArea").get("NUCLEAR").asLong()).isEqualTo(1);
            assertThat(unfolded.get("counts").get("proposed").asLong()).isEqualTo(2);

            jdbc.update("delete from read.activity_tally_change where presidency = 2172");
            await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                    "select count(*) from read.activity_tally_change where presidency = 2072", Long.class) == 0);
            assertThat(json.readTree(http.getForObject("/api/presidencies/2072", String.class))).isEqualTo(unfolded);
        } finally {
            jdbc.update("delete from read.activity_tally_change where presidency = 2172");
        }
    }

    private JsonNode record() throws Exception {
        return json.readTree(http.getForObject("/api/presidencies/" + YEAR, String.class));
    }

    private long changes() {
        return jdbc.queryForObject("""
                select (select count(*) from read.activity_tally_change where presidency = ?)
                     + (select count(*) from read.milestone_tally_change where day between '2071-01-01' and '2071-12-31')""",
                Long.class, YEAR);
    }
}
