package org.gptracker.query.it;

import org.gptracker.events.project.Outcome;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.query.PresidencyStory;
import org.gptracker.query.ProjectStory;
import org.gptracker.query.consistency.CommandServiceStandIn;
import org.gptracker.query.consistency.CommandServiceStandIn.StoredAggregate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gptracker.query.EventRecords.proposed;

/**
 * A rebuild from the start of the event log gives the same read models as the live stream built, row for
 * row, while queries keep answering; it switches over only when it holds everything the live tables hold,
 * and a rebuild that cannot switch fails and leaves the live tables serving.
 */
class RebuildIT extends QueryServiceTestBase {

    private static final int PARTITION = 0;
    private static final Duration REBUILD_PATIENCE = Duration.ofMinutes(3);
    /** The advisory lock a running rebuild holds (ReadModelRebuild). */
    private static final long REBUILD_LOCK = 0x67707262L;

    @Autowired
    DataSource dataSource;

    /** The shared stand-in starts every test holding nothing: a test that makes it hold more must not fail the next one's rebuild. */
    @BeforeEach
    void eventStoreHoldsNothingYet() {
        CommandServiceStandIn.shared().holds(List.of());
    }

    private final PresidencyStory presidency = PresidencyStory.of(2091)
            .opened("2090-12-01", "JP", "BIO", "Biosecurity in Africa")
            .declared("2091-03-01", "UKR", "Ukraine")
            .handedOver("2091-06-01", "DE")
            .closed("2091-12-31", 2092);

    private final ProjectStory funded = ProjectStory.ofNewProject()
            .proposed("2091-01-10", "UA", CbrnArea.NUCLEAR, "2500000.00 EUR", "UKR")
            .revisedTitle("2091-01-20", "Physical protection at the Chornobyl site")
            .offered("2091-02-01", "offer-1", "JP", "900000.00 EUR")
            .offered("2091-02-02", "offer-2", "DE", null)
            .offered("2091-02-03", "offer-3", "CA", "100000.00 CAD")
            .accepted("2091-02-10", "offer-1", "JP")
            .accepted("2091-02-11", "offer-2", "DE")
            .declined("2091-02-12", "offer-3", "CA")
            .committed("2091-03-01", "c-1", "JP", "900000.00 EUR")
            .disbursed("2091-04-01", "d-1", "JP", "400000.00 EUR")
            .disbursed("2091-05-01", "d-2", "JP", "500000.00 EUR")
            .revisedRecipients("2091-05-02", "UA", "MD")
            .closed("2091-11-30", Outcome.COMPLETED);

    private final ProjectStory backDated = ProjectStory.ofNewProject()
            .proposed("2091-06-10", "KE", CbrnArea.BIOLOGICAL, "300000.00 USD", "BIO")
            .offered("2091-06-11", "offer-1", "US", "300000.00 USD")
            .withdrawn("2091-06-12", "offer-1", "US")
            .offered("2091-06-13", "offer-2", "GB", "250000.00 GBP")
            .accepted("2091-06-20", "offer-2", "GB")
            .committed("2091-07-01", "c-1", "GB", "150000.00 GBP")
            // recorded later, effective earlier: moves the funded milestone
            .committed("2091-06-25", "c-2", "GB", "100000.00 GBP");

    private final ProjectStory outsideAnyPresidency = ProjectStory.ofNewProject()
            .outsideAnyPresidency().proposed("2089-01-10", "JO", CbrnArea.CHEMICAL, "50000.00 EUR")
            .closed("2091-02-01", Outcome.WITHDRAWN);

    @Test
    void aRebuildGivesTheSameReadModelsWhileQueriesKeepAnsweringAndEventsKeepArriving() throws Exception {
        publishEverythingTwice();
        Map<String, List<String>> before = rows();

        ExecutorService background = Executors.newFixedThreadPool(2);
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        Future<List<Integer>> answers = background.submit(() -> readWhile(rebuilding));
        Future<List<ProjectStory>> arrived = background.submit(() -> publishWhile(rebuilding));
        try {
            ResponseEntity<String> started = http.postForEntity("/admin/rebuild", null, String.class);
            assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(started.getHeaders().getLocation()).hasPath("/admin/rebuild");
            JsonNode done = awaitRebuild();
            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
            assertThat(done.get("applied").asLong()).isGreaterThanOrEqualTo(presidency.size() + funded.size()
                    + backDated.size() + outsideAnyPresidency.size());
            assertThat(done.get("duplicates").asLong()).isPositive();
            assertThat(meters.get("gp.rebuild.applied").gauge().value()).isEqualTo(done.get("applied").asDouble());
            assertThat(meters.get("gp.rebuild.running").gauge().value()).isZero();
        } finally {
            rebuilding.set(false);
        }
        assertThat(answers.get()).as("answers of the queries during the rebuild").isNotEmpty().containsOnly(200);
        List<ProjectStory> published = arrived.get();
        background.shutdown();

        assertThat(schemaExists("read_next")).isFalse();
        assertThat(rows()).isEqualTo(before);
        // every event that arrived before, during or after the switch is in the read model, once
        assertThat(published).isNotEmpty();
        await().atMost(PATIENCE).until(() -> published.stream().allMatch(story -> appliedUpTo(story.projectId(), 1)));
        for (ProjectStory story : published) {
            assertThat(projectVersion(story.projectId())).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from read.event_log where aggregate_id = ?", Long.class,
                    story.projectId())).isEqualTo(2);
        }
    }

    @Test
    void anAggregateWithAMissingEventIsSetAsideAndReportedAndTheRestIsRebuilt() throws Exception {
        String gapped = UUID.randomUUID().toString();
        publish(PARTITION, gapped, proposed(gapped, 0));
        awaitProject(gapped);
        publish(PARTITION, gapped, proposed(gapped, 2));
        await().atMost(PATIENCE).until(() -> count("gp.projection.sequence.gaps") > 0);
        // the live stream is halted on it; an operator moves its position past the missing event
        jdbc.update("delete from read.project where project_id = ?::uuid", gapped);
        jdbc.update("update read.aggregate_position set last_sequence = 1 where aggregate_id = ?", gapped);
        await().atMost(PATIENCE).until(() -> appliedUpTo(gapped, 2));
        ProjectStory after = ProjectStory.ofNewProject().proposed("2091-09-01", "AM", CbrnArea.CHEMICAL, "10000.00 EUR");
        publish(PARTITION, after.projectId(), after.record(0));
        awaitProject(after.projectId());

        assertThat(http.postForEntity("/admin/rebuild", null, String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode done = awaitRebuild();

        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("setAside").asLong()).isPositive();
        assertThat(done.get("gaps")).anySatisfy(gap -> {
            assertThat(gap.get("aggregateId").asText()).isEqualTo(gapped);
            assertThat(gap.get("expected").asLong()).isEqualTo(1);
            assertThat(gap.get("received").asLong()).isEqualTo(2);
        });
        // the rebuilt read model holds what the log holds: the project up to the missing event
        assertThat(projectVersion(gapped)).isZero();
        assertThat(getProject(after.projectId()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aSecondRebuildWhileOneRunsIsRefusedWithAConflict() throws Exception {
        try (Connection elsewhere = dataSource.getConnection(); Statement statement = elsewhere.createStatement()) {
            statement.execute("select pg_advisory_lock(" + REBUILD_LOCK + ")");
            try {
                ResponseEntity<String> refused = http.postForEntity("/admin/rebuild", null, String.class);
                assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
                assertThat(json.readTree(refused.getBody()).get("type").asText())
                        .isEqualTo("https://gp-tracker.org/problems/rebuild-running");
            } finally {
                statement.execute("select pg_advisory_unlock(" + REBUILD_LOCK + ")");
            }
        }
    }

    @Test
    void aRebuildThatCannotSwitchFailsAndTheLiveReadModelsKeepServing() throws Exception {
        publish(PARTITION, funded.projectId(), funded.record(0));
        awaitProject(funded.projectId());
        Map<String, List<String>> before = rows();
        JsonNode failed;
        // a live writer whose transaction never ends: the switch cannot hold the live projectors
        try (Connection writer = dataSource.getConnection(); Statement statement = writer.createStatement()) {
            writer.setAutoCommit(false);
            statement.execute("lock table read.aggregate_position in row exclusive mode");
            assertThat(http.postForEntity("/admin/rebuild", null, String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            failed = awaitRebuild();
            writer.rollback();
        }
        assertThat(failed.get("state").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asText()).contains("could not switch");
        assertThat(schemaExists("read_next")).isFalse();
        assertThat(rows()).isEqualTo(before);
        assertThat(getProject(funded.projectId()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRebuildWithLessHistoryThanTheEventStoreFailsNamingTheAggregatesAndTheRemedyAndSwitchesOnlyWhenForced() throws Exception {
        // the event store holds the project up to sequence 3; the log lost 2 and 3 (e.g. the broker lost its data)
        ProjectStory shortened = ProjectStory.ofNewProject()
                .proposed("2091-05-01", "GE", CbrnArea.BIOLOGICAL, "70000.00 EUR")
                .revisedTitle("2091-05-02", "Mobile laboratories");
        publish(PARTITION, shortened.projectId(), shortened.record(0));
        publish(PARTITION, shortened.projectId(), shortened.record(1));
        await().atMost(PATIENCE).until(() -> appliedUpTo(shortened.projectId(), 1));
        CommandServiceStandIn.shared().holds(List.of(new StoredAggregate(shortened.projectId(), "Project", 3)));
        Map<String, List<String>> before = rows();

        assertThat(http.postForEntity("/admin/rebuild", null, String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode failed = awaitRebuild();

        assertThat(failed.get("state").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asText()).contains(shortened.projectId(), "POST /admin/republish", "force=true");
        assertThat(failed.get("shortfall")).singleElement().satisfies(aggregate -> {
            assertThat(aggregate.get("aggregateId").asText()).isEqualTo(shortened.projectId());
            assertThat(aggregate.get("stored").asLong()).isEqualTo(3);
            assertThat(aggregate.get("rebuilt").asLong()).isEqualTo(1);
        });
        assertThat(schemaExists("read_next")).isFalse();
        assertThat(rows()).isEqualTo(before);

        assertThat(http.postForEntity("/admin/rebuild?force=true", null, String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode forced = awaitRebuild();

        assertThat(forced.get("state").asText()).as(forced.toString()).isEqualTo("COMPLETED");
        assertThat(projectVersion(shortened.projectId())).isOne();
    }

    @Test
    void aRebuildWhoseQuestionToTheEventStoreFailedWhileItsIndexesWereBuiltAsksAgainAndSwitches() throws Exception {
        ProjectStory story = ProjectStory.ofNewProject().proposed("2091-06-01", "MD", CbrnArea.NUCLEAR, "30000.00 EUR");
        publish(PARTITION, story.projectId(), story.record(0));
        awaitProject(story.projectId());
        CommandServiceStandIn commandService = CommandServiceStandIn.shared();
        commandService.holds(List.of(new StoredAggregate(story.projectId(), "Project", 0)));
        commandService.answersOnce(503, "{\"type\":\"https://gp-tracker.org/problems/unavailable\",\"status\":503}");
        int asked = commandService.requests();

        assertThat(http.postForEntity("/admin/rebuild", null, String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode done = awaitRebuild();

        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(commandService.requests() - asked).isEqualTo(2);
        assertThat(projectVersion(story.projectId())).isZero();
    }

    @Test
    void aRebuildThatCannotAskTheEventStoreFailsWithTheRemedyAndSwitchesOnlyWhenForced() throws Exception {
        ProjectStory story = ProjectStory.ofNewProject().proposed("2091-07-01", "AM", CbrnArea.CHEMICAL, "40000.00 EUR");
        publish(PARTITION, story.projectId(), story.record(0));
        awaitProject(story.projectId());
        CommandServiceStandIn commandService = CommandServiceStandIn.shared();
        commandService.answers(503, "{\"type\":\"https://gp-tracker.org/problems/unavailable\",\"status\":503}");
        int asked = commandService.requests();
        Map<String, List<String>> before = rows();

        assertThat(http.postForEntity("/admin/rebuild", null, String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode failed = awaitRebuild();

        assertThat(failed.get("state").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asText()).contains("answered 503", "Retry when the command service answers", "force=true");
        assertThat(commandService.requests() - asked).as("asked during the index build and once more after it").isEqualTo(2);
        assertThat(schemaExists("read_next")).isFalse();
        assertThat(rows()).isEqualTo(before);

        assertThat(http.postForEntity("/admin/rebuild?force=true", null, String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode forced = awaitRebuild();

        assertThat(forced.get("state").asText()).as(forced.toString()).isEqualTo("COMPLETED");
        assertThat(projectVersion(story.projectId())).isZero();
    }

    private void publishEverythingTwice() throws Exception {
        for (int round = 0; round < 2; round++) {
            for (int sequence = 0; sequence < presidency.size(); sequence++) {
                publish(PARTITION, presidency.aggregateId(), presidency.record(sequence));
            }
            for (ProjectStory story : List.of(funded, backDated, outsideAnyPresidency)) {
                for (int sequence = 0; sequence < story.size(); sequence++) {
                    publish(PARTITION, story.projectId(), story.record(sequence));
                }
            }
        }
        await().atMost(PATIENCE).until(() -> appliedUpTo(presidency.aggregateId(), presidency.size() - 1)
                && appliedUpTo(funded.projectId(), funded.size() - 1)
                && appliedUpTo(backDated.projectId(), backDated.size() - 1)
                && appliedUpTo(outsideAnyPresidency.projectId(), outsideAnyPresidency.size() - 1));
    }

    private boolean appliedUpTo(String aggregateId, long sequence) {
        List<Long> last = jdbc.queryForList("select last_sequence from read.aggregate_position where aggregate_id = ?",
                Long.class, aggregateId);
        return !last.isEmpty() && last.get(0) >= sequence;
    }

    private JsonNode awaitRebuild() throws Exception {
        await().atMost(REBUILD_PATIENCE).pollInterval(Duration.ofMillis(200)).until(() ->
                !json.readTree(http.getForObject("/admin/rebuild", String.class)).get("state").asText().equals("RUNNING"));
        return json.readTree(http.getForObject("/admin/rebuild", String.class));
    }

    private List<Integer> readWhile(AtomicBoolean rebuilding) {
        List<Integer> statuses = new ArrayList<>();
        while (rebuilding.get()) {
            statuses.add(http.exchange("/api/projects/{id}", HttpMethod.GET, HttpEntity.EMPTY, String.class,
                    funded.projectId()).getStatusCode().value());
            statuses.add(http.getForEntity("/api/presidencies/2091", String.class).getStatusCode().value());
        }
        return statuses;
    }

    /** New projects, proposed then revised, one after another until the rebuild is over. */
    private List<ProjectStory> publishWhile(AtomicBoolean rebuilding) throws Exception {
        List<ProjectStory> published = new ArrayList<>();
        while (rebuilding.get()) {
            ProjectStory story = ProjectStory.ofNewProject()
                    .proposed("2091-10-01", "AZ", CbrnArea.CROSS_CUTTING, "20000.00 EUR")
                    .revisedTitle("2091-10-02", "Border monitoring");
            publish(PARTITION + published.size() % 6, story.projectId(), story.record(0));
            publish(PARTITION + published.size() % 6, story.projectId(), story.record(1));
            published.add(story);
        }
        return published;
    }

    private boolean schemaExists(String schema) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from information_schema.schemata where schema_name = ?)", Boolean.class, schema));
    }

    /** Every read-model row of this test's aggregates, as JSON text, table by table. */
    private Map<String, List<String>> rows() {
        List<String> projects = List.of(funded.projectId(), backDated.projectId(), outsideAnyPresidency.projectId());
        String[] ids = projects.toArray(String[]::new);
        String[] aggregates = List.of(funded.projectId(), backDated.projectId(), outsideAnyPresidency.projectId(),
                presidency.aggregateId()).toArray(String[]::new);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : List.of("project", "project_offer", "project_flow", "project_activity")) {
            rows.put(table, jdbc.queryForList("select to_jsonb(t)::text from read." + table
                    + " t where project_id::text = any (?) order by to_jsonb(t)::text", String.class, (Object) ids));
        }
        for (String table : List.of("presidency", "presidency_priority", "presidency_chair")) {
            rows.put(table, jdbc.queryForList("select to_jsonb(t)::text from read." + table
                    + " t where year = 2091 order by to_jsonb(t)::text", String.class));
        }
        rows.put("event_log", jdbc.queryForList("select to_jsonb(t)::text from read.event_log t where aggregate_id = any (?)"
                + " order by aggregate_id, sequence", String.class, (Object) aggregates));
        rows.put("aggregate_position", jdbc.queryForList("select aggregate_id || ':' || aggregate_type || ':' || last_sequence"
                + " from read.aggregate_position where aggregate_id = any (?) order by 1", String.class, (Object) aggregates));
        return rows;
    }
}
