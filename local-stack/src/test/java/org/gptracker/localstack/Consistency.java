package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models against the event store, aggregate by aggregate: the query service's last applied sequence
 * ({@code read.aggregate_position}) must be the store's last sequence, and {@code read.event_log} must hold exactly
 * the store's events; then the query service's own {@code GET /admin/consistency} must agree.
 */
final class Consistency {

    private final RunningServices services;
    private final JsonHttp http;

    Consistency(RunningServices services, JsonHttp secretariat) {
        this.services = services;
        this.http = secretariat;
    }

    record Totals(int aggregates, long events) {
    }

    /** Checks through the first query service. */
    Totals awaitConsistent(Duration timeout) throws Exception {
        return awaitConsistent(services.queryService(), timeout);
    }

    /** Waits until every aggregate's position agrees with the store, then asserts that it does, event by event. */
    Totals awaitConsistent(RunningServices.Instance queryService, Duration timeout) throws Exception {
        Map<String, String> differences = Await.until(timeout, Duration.ofMillis(500), this::positionDifferences, Map::isEmpty);
        assertThat(differences).as("aggregates whose read-model position differs from the event store's last sequence"
                + " (store / read model) after %s s", timeout.toSeconds()).isEmpty();

        Map<String, Long> stored = perAggregate(services::commandDatabase,
                "select aggregate_identifier, count(*) from events.domain_event_entry group by 1");
        Map<String, Long> logged = perAggregate(services::queryDatabase,
                "select aggregate_id, count(*) from read.event_log group by 1");
        assertThat(logged).as("events per aggregate in read.event_log against the event store").isEqualTo(stored);
        assertThat(eventIds(services::queryDatabase, "select event_id from read.event_log"))
                .as("event ids in read.event_log against the event store")
                .isEqualTo(eventIds(services::commandDatabase, "select event_identifier from events.domain_event_entry"));

        checkAdminEndpoint(queryService.url("/admin/consistency"));
        return new Totals(stored.size(), stored.values().stream().mapToLong(Long::longValue).sum());
    }

    /** Aggregate id → "store / read model" last sequence, for every aggregate where they differ. */
    Map<String, String> positionDifferences() throws SQLException {
        Map<String, Long> store = perAggregate(services::commandDatabase,
                "select aggregate_identifier, max(sequence_number) from events.domain_event_entry group by 1");
        Map<String, Long> readModel = perAggregate(services::queryDatabase,
                "select aggregate_id, last_sequence from read.aggregate_position");
        Map<String, String> differences = new TreeMap<>();
        Set<String> aggregates = new TreeSet<>(store.keySet());
        aggregates.addAll(readModel.keySet());
        for (String aggregate : aggregates) {
            if (!Objects.equals(store.get(aggregate), readModel.get(aggregate))) {
                differences.put(aggregate, store.get(aggregate) + " / " + readModel.get(aggregate));
            }
        }
        return differences;
    }

    private void checkAdminEndpoint(URI consistency) {
        JsonHttp.Response answer = http.get(consistency);
        assertThat(answer.status()).as("GET %s: %s", consistency, answer.body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.path("differences").isArray()).as("differences in %s", answer.body()).isTrue();
        assertThat(report.path("differences")).as("differences reported by GET %s", consistency).isEmpty();
        assertThat(report.path("consistent").asBoolean(false)).as("consistent in %s", answer.body()).isTrue();
    }

    interface Database {
        Connection open() throws SQLException;
    }

    /** {@code sql} selects an aggregate id and a number. */
    private static Map<String, Long> perAggregate(Database database, String sql) throws SQLException {
        try (Connection connection = database.open(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            Map<String, Long> values = new TreeMap<>();
            while (rows.next()) {
                values.put(rows.getString(1), rows.getLong(2));
            }
            return values;
        }
    }

    private static Set<String> eventIds(Database database, String sql) throws SQLException {
        try (Connection connection = database.open(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            Set<String> ids = new TreeSet<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }
}
