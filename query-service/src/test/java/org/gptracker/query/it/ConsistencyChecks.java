package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.query.consistency.CommandServiceStandIn.StoredAggregate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the event store holds, for the command service stand-in to answer, and what the consistency check says. */
final class ConsistencyChecks {

    static final String PROJECT = "Project";

    private ConsistencyChecks() {
    }

    static StoredAggregate project(String projectId, long lastSequence) {
        return new StoredAggregate(projectId, PROJECT, lastSequence);
    }

    /**
     * The store as it must be for every aggregate other tests of this JVM projected (those are their
     * business: as far as the read model has them), plus these aggregates, as a test says the store holds them.
     */
    static List<StoredAggregate> othersAsProjectedAnd(JdbcTemplate jdbc, Collection<StoredAggregate> these) {
        List<String> theseIds = these.stream().map(StoredAggregate::aggregateId).toList();
        List<StoredAggregate> store = new ArrayList<>(jdbc.query(
                "select aggregate_id, aggregate_type, last_sequence from read.aggregate_position",
                (row, n) -> new StoredAggregate(row.getString(1), row.getString(2), row.getLong(3))));
        store.removeIf(stored -> theseIds.contains(stored.aggregateId()));
        store.addAll(these);
        return store;
    }

    /** The report's differences, each as {@link #difference} writes it. */
    static List<String> differences(JsonNode report) {
        List<String> found = new ArrayList<>();
        report.get("differences").forEach(difference -> found.add(difference(difference.get("aggregateId").asText(),
                difference.get("aggregateType").asText(), text(difference.get("store")), text(difference.get("readModel")))));
        return found;
    }

    static String difference(String aggregateId, String aggregateType, String store, String readModel) {
        return aggregateId + " " + aggregateType + " store=" + store + " readModel=" + readModel;
    }

    private static String text(JsonNode sequence) {
        assertThat(sequence).as("store and readModel are always present, null when unknown").isNotNull();
        return sequence.isNull() ? "null" : String.valueOf(sequence.asLong());
    }
}
