package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At-least-once delivery: a command service killed and restarted without its relay position publishes every
 * event again, and the query service absorbs the duplicates.
 */
class RelayRestartIT {

    private static final String QUERY_CONSUMER_GROUP = "gp-query";

    private static RunningServices services;
    private final JsonHttp http = services.asSecretariat();

    @BeforeAll
    static void startServices() {
        services = RunningServices.start(RelayRestartIT.class);
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void republishedEventsAreAbsorbedByTheQueryService() throws Exception {
        List<String> projectIds = new ArrayList<>();
        for (String recipient : List.of("UA", "KZ", "JO")) {
            projectIds.add(propose("Border detection equipment " + UUID.randomUUID(), recipient));
        }
        Map<String, JsonNode> before = new LinkedHashMap<>();
        for (String projectId : projectIds) {
            before.put(projectId, visibleProject(projectId));
        }
        Set<String> eventIds = storedEventIds(projectIds);

        services.killCommandService();
        try (Connection connection = services.commandDatabase(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from events.token_entry");
        }
        services.restartCommandService();

        try (EventTopic topic = new EventTopic(services.kafkaBootstrapServers())) {
            Map<String, Long> published = EventTopic.countById(topic.readUntil(
                    events -> eventIds.stream().allMatch(id -> EventTopic.countById(events).getOrDefault(id, 0L) >= 2),
                    Duration.ofSeconds(60)));
            for (String eventId : eventIds) {
                assertThat(published.getOrDefault(eventId, 0L)).as("times event %s is on %s", eventId, EventTopic.NAME)
                        .isGreaterThanOrEqualTo(2);
            }
            assertThat(topic.awaitCaughtUp(QUERY_CONSUMER_GROUP, Duration.ofSeconds(30)))
                    .as("consumer group %s read the republished events", QUERY_CONSUMER_GROUP).isTrue();
        }

        for (String projectId : projectIds) {
            JsonHttp.Response after = http.get(services.query("/api/projects/" + projectId));
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.json()).as("project %s after the duplicates", projectId).isEqualTo(before.get(projectId));
        }
        Map<String, Long> readModel = readModelRowsAndVersions(projectIds);
        for (String projectId : projectIds) {
            assertThat(readModel.get(projectId)).as("read-model rows of %s", projectId).isEqualTo(1L);
        }
    }

    private String propose(String title, String recipient) {
        JsonHttp.Response created = http.post(services.command("/api/projects"), """
                {"title":"%s","recipients":["%s"],"area":"RADIOLOGICAL","priorities":["UKRAINE"],
                 "requestedBudget":{"amount":"750000.00","currency":"EUR"}}""".formatted(title, recipient));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("projectId").asText();
    }

    private JsonNode visibleProject(String projectId) {
        JsonHttp.Response found = http.getUntil(services.query("/api/projects/" + projectId),
                response -> response.status() == 200, Duration.ofSeconds(15));
        assertThat(found.status()).as("project %s in the query service: %s", projectId, found.body()).isEqualTo(200);
        return found.json();
    }

    private static Set<String> storedEventIds(List<String> projectIds) throws Exception {
        try (Connection connection = services.commandDatabase();
             PreparedStatement query = connection.prepareStatement(
                     "select event_identifier from events.domain_event_entry where aggregate_identifier = any (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", projectIds.toArray()));
            Set<String> ids = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            assertThat(ids).hasSizeGreaterThanOrEqualTo(projectIds.size());
            return ids;
        }
    }

    /** How many read-model rows each project has, straight from the query service's tables. */
    private static Map<String, Long> readModelRowsAndVersions(List<String> projectIds) throws Exception {
        try (Connection connection = services.queryDatabase();
             PreparedStatement query = connection.prepareStatement("""
                     select p.project_id::text, count(*)
                     from read.project p
                     join read.aggregate_position a on a.aggregate_id = p.project_id::text and a.last_sequence = p.version
                     where p.project_id::text = any (?)
                     group by p.project_id""")) {
            query.setArray(1, connection.createArrayOf("varchar", projectIds.toArray()));
            Map<String, Long> rows = new HashMap<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), result.getLong(2));
                }
            }
            return rows;
        }
    }
}
