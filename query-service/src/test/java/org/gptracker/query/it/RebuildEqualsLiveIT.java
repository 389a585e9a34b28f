package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.events.project.Outcome;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.query.PresidencyStory;
import org.gptracker.query.ProjectStory;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild writes exactly what the live projection wrote for the same log: every row of every read model, and every
 * answer built from them (summaries, as-of answers, audit trails, presidency records, positions). The log publishes
 * each project's stream in two halves far apart, so that the rebuild's small batches split it and other batches come
 * between: projects, offers, activity and positions that an earlier batch wrote are read back from the tables being
 * filled and updated (the tests keep only the last batch's projects in memory), and texts that COPY must escape (tabs,
 * newlines, backslashes, quotes, accents, emoji) pass through both ways of writing. The presidency totals the live
 * batches kept event by event equal those the rebuild's switch counted from its rows.
 */
class RebuildEqualsLiveIT extends QueryServiceTestBase {

    private static final int YEAR = 2095;
    private static final String[] TITLES = {
            "Tab\tseparated\ttitle", "Two\nlines", "Back\\slash \\N and \\t literally", "\"Quoted\" {braces}, commas",
            "Ünïcödé – 日本語 – 🛡 shield", "Carriage\r\nreturn"};

    @Test
    void theRebuiltReadModelsEqualTheLiveOnesRowForRowAndAnswerForAnswer() throws Exception {
        PresidencyStory presidency = PresidencyStory.of(YEAR)
                .opened("2094-12-01", "JP", "BIO", "Bio\tsecurity \"in\" Africa\\", "UKR", "Ukraine – 🇺🇦")
                .declared("2095-03-01", "CLIM", "Chemical security\nand climate")
                .handedOver("2095-06-01", "DE")
                .closed("2095-12-31", 2096);
        List<ProjectStory> projects = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            projects.add(story(i));
        }
        publishInHalves(presidency, projects);
        await().atMost(PATIENCE).until(() -> projects.stream().allMatch(story -> appliedUpTo(story.projectId(), story.size() - 1))
                && appliedUpTo(presidency.aggregateId(), presidency.size() - 1));
        Map<String, List<String>> rowsBefore = rows(presidency, projects);
        Map<String, String> answersBefore = answers(projects);

        assertThat(http.postForEntity("/admin/rebuild", null, String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() ->
                !json.readTree(http.getForObject("/admin/rebuild", String.class)).get("state").asText().equals("RUNNING"));
        JsonNode done = json.readTree(http.getForObject("/admin/rebuild", String.class));

        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
        Map<String, List<String>> rowsAfter = rows(presidency, projects);
        rowsBefore.forEach((table, rows) -> assertThat(rowsAfter.get(table)).as(table).isNotEmpty().isEqualTo(rows));
        assertThat(answers(projects)).isEqualTo(answersBefore);
    }

    /** Varied lifecycles: revisions, offers of every outcome, back-dated money, closures, events outside any presidency. */
    private static ProjectStory story(int i) {
        ProjectStory story = ProjectStory.ofNewProject();
        if (i % 5 == 4) {
            story.outsideAnyPresidency().proposed("2093-06-01", "JO", CbrnArea.CHEMICAL, "50000.00 EUR");
            return story.closed("2095-02-01", Outcome.WITHDRAWN);
        }
        story.proposed(String.format("2095-01-%02d", 1 + i), i % 2 == 0 ? "UA" : "KE", CbrnArea.values()[i % CbrnArea.values().length],
                i % 3 == 0 ? "200000000 JPY" : "2500000.00 EUR", "BIO", "UKR");
        story.revised(new ProposalRevised(story.projectId(), TITLES[i % TITLES.length], i % 2 == 0 ? null : "Line one\nline\ttwo \\ three",
                i % 3 == 1 ? List.of(Country.of("UA"), Country.of("MD")) : null, null, i % 4 == 0 ? List.of("CLIM") : null,
                null, null, LocalDate.parse("2095-01-30"), YEAR));
        story.offered("2095-02-01", "offer-1", "JP", "900000.00 EUR")
                .offered("2095-02-02", "offer-2", "DE", null)
                .offered("2095-02-03", "offer-3", "CA", "100000.00 CAD");
        story.accepted("2095-02-10", "offer-1", "JP");
        if (i % 2 == 0) {
            story.accepted("2095-02-11", "offer-2", "DE").declined("2095-02-12", "offer-3", "CA");
        } else {
            story.withdrawn("2095-02-12", "offer-3", "CA");
        }
        if (i % 3 != 2) {
            story.committed("2095-03-01", "c-1", "JP", "600000.00 EUR")
                    // recorded later, effective earlier: moves the funded milestone
                    .committed("2095-02-20", "c-2", "JP", "300000.00 EUR")
                    .disbursed("2095-04-01", "d-1", "JP", "400000.00 EUR");
        }
        if (i % 4 == 1) {
            story.closed("2095-11-30", i % 3 == 2 ? Outcome.CANCELLED : Outcome.COMPLETED);
        }
        return story;
    }

    /**
     * The presidency first, then the first half of every project's stream, then every second half, the projects on one
     * partition: more than two rebuild batches of other projects' events lie between a project's halves.
     */
    private void publishInHalves(PresidencyStory presidency, List<ProjectStory> projects) throws Exception {
        for (int sequence = 0; sequence < presidency.size(); sequence++) {
            publish(5, presidency.aggregateId(), presidency.record(sequence));
        }
        for (boolean firstHalf : new boolean[]{true, false}) {
            for (int i = 0; i < projects.size(); i++) {
                ProjectStory story = projects.get(i);
                int half = story.size() / 2;
                for (int sequence = firstHalf ? 0 : half; sequence < (firstHalf ? half : story.size()); sequence++) {
                    publish(1, story.projectId(), story.record(sequence));
                }
            }
        }
    }

    private boolean appliedUpTo(String aggregateId, long sequence) {
        List<Long> last = jdbc.queryForList("select last_sequence from read.aggregate_position where aggregate_id = ?",
                Long.class, aggregateId);
        return !last.isEmpty() && last.get(0) >= sequence;
    }

    /** Every row of every read-model table that belongs to the log's aggregates, as JSON text. */
    private Map<String, List<String>> rows(PresidencyStory presidency, List<ProjectStory> projects) {
        String[] ids = projects.stream().map(ProjectStory::projectId).toArray(String[]::new);
        List<String> aggregates = new ArrayList<>(List.of(ids));
        aggregates.add(presidency.aggregateId());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : List.of("project", "project_offer", "project_flow", "project_activity")) {
            rows.put(table, jdbc.queryForList("select to_jsonb(t)::text from read." + table
                    + " t where project_id::text = any (?) order by 1", String.class, (Object) ids));
        }
        for (String table : List.of("presidency", "presidency_priority", "presidency_chair")) {
            rows.put(table, jdbc.queryForList("select to_jsonb(t)::text from read." + table + " t where year = ? order by 1",
                    String.class, YEAR));
        }
        // the totals of the days and the presidency only this log's projects have events on, folded or not yet
        rows.put("milestone_tally", totals("day, milestone, outcome", "projects", "milestone_tally",
                "day between '2093-06-01' and '2095-12-31'"));
        rows.put("open_tally", totals("day", "projects", "open_tally", "day between '2093-06-01' and '2095-12-31'"));
        rows.put("flow_tally", totals("kind, day, donor, currency", "amount", "flow_tally",
                "day between '2093-06-01' and '2095-12-31'"));
        for (String[] table : new String[][] {{"milestone_tally", "milestone, outcome", "projects"}, {"open_tally", "", "projects"},
                {"flow_tally", "kind, donor, currency", "amount"}}) {
            rows.put(table[0] + "_month", monthTotals(table[0], table[1], table[2]));
        }
        rows.put("activity_tally", totals("presidency, dimension, code, first_on", "projects", "activity_tally",
                "presidency = " + YEAR));
        rows.put("event_log", jdbc.queryForList("select to_jsonb(t)::text from read.event_log t where aggregate_id = any (?)"
                + " order by aggregate_id, sequence", String.class, (Object) aggregates.toArray(String[]::new)));
        rows.put("aggregate_position", jdbc.queryForList("select aggregate_id || ':' || aggregate_type || ':' || last_sequence"
                + " from read.aggregate_position where aggregate_id = any (?) order by 1", String.class,
                (Object) aggregates.toArray(String[]::new)));
        return rows;
    }

    /** A table of totals with the changes not yet folded into it, summed per key, as the answers read them. */
    private List<String> totals(String key, String value, String table, String condition) {
        return jdbc.queryForList("""
                select concat_ws(' ', %1$s, sum(%2$s)) from (select %1$s, %2$s from read.%3$s where %4$s
                    union all select %1$s, %2$s from read.%3$s_change where %4$s) t
                group by %1$s having sum(%2$s) <> 0 order by 1""".formatted(key, value, table, condition), String.class);
    }

    /** A table of month totals with the changes of its days not yet folded into it, summed per month and key. */
    private List<String> monthTotals(String table, String otherKeys, String value) {
        String key = otherKeys.isEmpty() ? "month" : "month, " + otherKeys;
        return jdbc.queryForList("""
                select concat_ws(' ', %1$s, sum(%2$s)) from (
                    select %1$s, %2$s from read.%3$s_month where month between '2093-06-01' and '2095-12-01'
                    union all select date_trunc('month', day::timestamp)::date as month%4$s, %2$s from read.%3$s_change
                    where day between '2093-06-01' and '2095-12-31') t
                group by %1$s having sum(%2$s) <> 0 order by 1""".formatted(key, value, table,
                otherKeys.isEmpty() ? "" : ", " + otherKeys), String.class);
    }

    /** What users read: summaries now and as of dates, audit trails, the presidency's record now and as of a date. */
    private Map<String, String> answers(List<ProjectStory> projects) {
        List<String> paths = new ArrayList<>();
        for (ProjectStory story : projects) {
            paths.add("/api/projects/" + story.projectId());
            paths.add("/api/projects/" + story.projectId() + "?asOf=2095-02-15");
            paths.add("/api/projects/" + story.projectId() + "/history");
        }
        paths.addAll(List.of("/api/presidencies/" + YEAR, "/api/presidencies/" + YEAR + "?asOf=2095-03-15",
                "/api/presidencies/" + YEAR + "/projects?size=200", "/api/presidencies/" + YEAR + "/projects?asOf=2095-02-15&size=200",
                "/api/presidencies/" + YEAR + "/events?size=1000"));
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            answers.put(path, http.getForEntity(path, String.class).getStatusCode() + " " + normalized(path));
        }
        return answers;
    }

    private String normalized(String path) {
        try {
            return json.readTree(http.getForObject(path, String.class)).toString();
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }
}
