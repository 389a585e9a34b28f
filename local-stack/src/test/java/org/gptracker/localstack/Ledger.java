package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command service accepted, per project: each commitment and disbursement by the id it answered with. */
final class Ledger {

    private static final String COMMITTED = "gp.project.FundingCommitted";
    private static final String DISBURSED = "gp.project.FundsDisbursed";

    private final Map<String, Map<String, String>> commitments = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> disbursements = new ConcurrentHashMap<>();

    void committed(String projectId, String commitmentId, BigDecimal amount) {
        record(commitments, projectId, commitmentId, amount);
    }

    void disbursed(String projectId, String disbursementId, BigDecimal amount) {
        record(disbursements, projectId, disbursementId, amount);
    }

    int acceptedCommands() {
        return commitments.values().stream().mapToInt(Map::size).sum() + disbursements.values().stream().mapToInt(Map::size).sum();
    }

    BigDecimal committed(String projectId) {
        return sum(commitments.getOrDefault(projectId, Map.of()));
    }

    BigDecimal disbursed(String projectId) {
        return sum(disbursements.getOrDefault(projectId, Map.of()));
    }

    /** Every accepted command is exactly one stored event, with the id and amount it was accepted with, and nothing more. */
    void assertEventStoreHoldsExactly(RunningServices services) throws Exception {
        Set<String> projects = new TreeSet<>(commitments.keySet());
        projects.addAll(disbursements.keySet());
        Map<String, Map<String, String>> storedCommitments = new TreeMap<>();
        Map<String, Map<String, String>> storedDisbursements = new TreeMap<>();
        try (Connection connection = services.commandDatabase();
             PreparedStatement query = connection.prepareStatement("""
                     select aggregate_identifier, payload_type, convert_from(payload, 'UTF8')
                     from events.domain_event_entry
                     where aggregate_identifier = any (?) and payload_type in (?, ?)""")) {
            query.setArray(1, connection.createArrayOf("varchar", projects.toArray()));
            query.setString(2, COMMITTED);
            query.setString(3, DISBURSED);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    JsonNode payload = json(rows.getString(3));
                    boolean commitment = COMMITTED.equals(rows.getString(2));
                    String id = payload.get(commitment ? "commitmentId" : "disbursementId").asText();
                    Map<String, String> ids = (commitment ? storedCommitments : storedDisbursements)
                            .computeIfAbsent(rows.getString(1), project -> new TreeMap<>());
                    assertThat(ids.put(id, payload.get("amount").get("amount").asText())).as("%s stored twice", id).isNull();
                }
            }
        }
        assertThat(storedCommitments).as("stored commitments by project and id").isEqualTo(sorted(commitments));
        assertThat(storedDisbursements).as("stored disbursements by project and id").isEqualTo(sorted(disbursements));
    }

    /** The query service's project summary shows the accepted amounts, summed: nothing lost, nothing counted twice. */
    void assertQueryServiceShows(JsonHttp http, Function<String, URI> query) {
        Set<String> projects = new TreeSet<>(commitments.keySet());
        projects.addAll(disbursements.keySet());
        for (String projectId : projects) {
            JsonHttp.Response project = http.get(query.apply("/api/projects/" + projectId));
            assertThat(project.status()).as(project.body()).isEqualTo(200);
            assertThat(total(project.json().get("committed"))).as("committed on %s", projectId)
                    .isEqualByComparingTo(committed(projectId));
            assertThat(total(project.json().get("disbursed"))).as("disbursed on %s", projectId)
                    .isEqualByComparingTo(disbursed(projectId));
        }
    }

    private static void record(Map<String, Map<String, String>> book, String projectId, String id, BigDecimal amount) {
        String previous = book.computeIfAbsent(projectId, project -> new ConcurrentHashMap<>()).put(id, amount.toPlainString());
        assertThat(previous).as("the command service answered with %s twice", id).isNull();
    }

    private static BigDecimal sum(Map<String, String> amounts) {
        return amounts.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal total(JsonNode flows) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode flow : flows) {
            assertThat(flow.get("amount").get("currency").asText()).isEqualTo("EUR");
            total = total.add(new BigDecimal(flow.get("amount").get("amount").asText()));
        }
        return total;
    }

    private static Map<String, Map<String, String>> sorted(Map<String, Map<String, String>> book) {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        book.forEach((project, ids) -> copy.put(project, new TreeMap<>(ids)));
        return copy;
    }

    private static JsonNode json(String text) {
        try {
            return JsonHttp.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("A stored payload is not JSON: " + text, e);
        }
    }
}
