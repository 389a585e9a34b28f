package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged services end to end: a proposal goes in at the command side and comes out at the query side. */
class ProposalRoundTripIT {

    static final String CHORNOBYL_PROPOSAL = """
            {"title":"Rebuild physical protection at the Chornobyl site","recipients":["UA"],"area":"NUCLEAR",
             "priorities":["UKRAINE"],"requestedBudget":{"amount":"2500000.00","currency":"EUR"}}""";

    private static RunningServices services;
    private final JsonHttp http = services.asSecretariat();

    @BeforeAll
    static void startServices() {
        services = RunningServices.start(ProposalRoundTripIT.class);
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aProposalBecomesVisibleInTheQueryService() {
        JsonHttp.Response created = http.post(services.command("/api/projects"), CHORNOBYL_PROPOSAL);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String projectId = created.json().get("projectId").asText();
        assertThat(UUID.fromString(projectId)).hasToString(projectId);
        assertThat(created.location()).endsWith("/api/projects/" + projectId);

        JsonHttp.Response found = http.getUntil(services.query("/api/projects/" + projectId),
                response -> response.status() == 200, Duration.ofSeconds(10));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonNode project = found.json();
        assertThat(project.get("projectId").asText()).isEqualTo(projectId);
        assertThat(project.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(project.get("title").asText()).isEqualTo("Rebuild physical protection at the Chornobyl site");
        assertThat(project.get("recipients")).containsExactly(JsonHttp.JSON.getNodeFactory().textNode("UA"));
        assertThat(project.get("area").asText()).isEqualTo("NUCLEAR");
        assertThat(project.get("requestedBudget")).isEqualTo(
                JsonHttp.JSON.createObjectNode().put("amount", "2500000.00").put("currency", "EUR"));
        assertThat(project.get("version").asLong()).isZero();
    }

    @Test
    void anInvalidProposalNamesEveryBadFieldAndStoresNothing() throws SQLException {
        long storedBefore = storedEvents();

        JsonHttp.Response rejected = http.post(services.command("/api/projects"),
                "{\"title\":\"\",\"recipients\":[\"XX\"],\"requestedBudget\":{\"amount\":\"-1\",\"currency\":\"EURO\"}}");

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        for (JsonNode error : rejected.json().get("errors")) {
            fields.add(error.get("field").asText());
            assertThat(error.get("message").asText()).as("message for " + error.get("field")).isNotBlank();
        }
        assertThat(fields).containsExactlyInAnyOrder(
                "title", "recipients[0]", "area", "requestedBudget.amount", "requestedBudget.currency");
        assertThat(storedEvents()).isEqualTo(storedBefore);
    }

    @Test
    void eventsAreStoredAsReadableJsonWithoutLargeObjects() throws Exception {
        String title = "Secure radioactive sources in the Sahel " + UUID.randomUUID();
        JsonHttp.Response created = http.post(services.command("/api/projects"),
                CHORNOBYL_PROPOSAL.replace("Rebuild physical protection at the Chornobyl site", title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String projectId = created.json().get("projectId").asText();

        try (Connection connection = services.commandDatabase()) {
            assertThat(single(connection, "select count(*) from pg_largeobject_metadata")).isEqualTo("0");
            String payload = single(connection, "select convert_from(payload, 'UTF8') from events.domain_event_entry"
                    + " where aggregate_identifier = ?", projectId);
            assertThat(JsonHttp.JSON.readTree(payload).get("title").asText()).isEqualTo(title);
        }
    }

    @Test
    void aDonorTokenForJapanCannotCommitFundingAsCanadaButCanadasOwnTokenCan() throws Exception {
        for (String member : List.of("CA", "JP")) {
            assertThat(http.post(services.command("/api/members"), "{\"country\":\"" + member + "\",\"admittedOn\":\"2002-06-27\"}")
                    .status()).isEqualTo(201);
        }
        JsonHttp canada = new JsonHttp(services.token("ottawa-treasury", "CA", "DONOR"));
        JsonHttp japan = new JsonHttp(services.token("tokyo-mofa", "JP", "DONOR"));
        String projectId = http.post(services.command("/api/projects"), CHORNOBYL_PROPOSAL).json().get("projectId").asText();
        String offerId = canada.post(services.command("/api/projects/" + projectId + "/offers"),
                "{\"donor\":\"CA\",\"kind\":\"FUNDS\",\"amount\":{\"amount\":\"1000000.00\",\"currency\":\"CAD\"}}")
                .json().get("offerId").asText();
        assertThat(http.post(services.command("/api/projects/" + projectId + "/offers/" + offerId + "/accept"), "{}").status())
                .isEqualTo(200);
        String commitment = "{\"donor\":\"CA\",\"amount\":{\"amount\":\"1000000.00\",\"currency\":\"CAD\"}}";
        long storedBefore = storedEvents();

        JsonHttp.Response asCanada = japan.post(services.command("/api/projects/" + projectId + "/commitments"), commitment);

        assertThat(asCanada.status()).as(asCanada.body()).isEqualTo(403);
        assertThat(asCanada.contentType()).startsWith("application/problem+json");
        assertThat(storedEvents()).isEqualTo(storedBefore);

        JsonHttp.Response byCanada = canada.post(services.command("/api/projects/" + projectId + "/commitments"), commitment);

        assertThat(byCanada.status()).as(byCanada.body()).isEqualTo(201);
        try (Connection connection = services.commandDatabase()) {
            String actor = single(connection, "select a.sub from events.domain_event_entry e join events.actor a"
                    + " on a.actor_ref = convert_from(e.meta_data, 'UTF8')::jsonb ->> 'actorRef'"
                    + " where e.aggregate_identifier = ? and e.payload_type = 'gp.project.FundingCommitted'", projectId);
            assertThat(actor).isEqualTo("ottawa-treasury");
        }
        assertHistoryMatchesTheEventStore(projectId);
    }

    @Test
    void aRequestWithoutATokenIsRefusedByBothServices() {
        JsonHttp anonymous = new JsonHttp();

        JsonHttp.Response command = anonymous.post(services.command("/api/projects"), CHORNOBYL_PROPOSAL);
        JsonHttp.Response query = anonymous.get(services.query("/api/projects/" + UUID.randomUUID()));

        assertThat(command.status()).isEqualTo(401);
        assertThat(command.contentType()).startsWith("application/problem+json");
        assertThat(query.status()).isEqualTo(401);
        assertThat(query.contentType()).startsWith("application/problem+json");
    }

    /** An event as one side records it: its identity and provenance, and its data (equal as JSON, whatever the key order). */
    private record Recorded(String event, JsonNode data) {
    }

    /** The query side's audit trail of a project holds exactly the command side's stored events, one to one. */
    private void assertHistoryMatchesTheEventStore(String projectId) throws Exception {
        List<Recorded> stored = new ArrayList<>();
        try (Connection connection = services.commandDatabase();
             PreparedStatement query = connection.prepareStatement("""
                     select e.event_identifier, e.sequence_number, e.payload_type, convert_from(e.payload, 'UTF8'),
                            convert_from(e.meta_data, 'UTF8'), a.sub
                     from events.domain_event_entry e
                     left join events.actor a on a.actor_ref = convert_from(e.meta_data, 'UTF8')::jsonb ->> 'actorRef'
                     where e.aggregate_identifier = ? order by e.sequence_number""")) {
            query.setString(1, projectId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    JsonNode metadata = JsonHttp.JSON.readTree(rows.getString(5));
                    stored.add(new Recorded(rows.getString(1) + " #" + rows.getLong(2) + " " + rows.getString(3) + ".v1 by "
                            + rows.getString(6) + " as " + metadata.get("actorRef").asText() + " " + metadata.get("correlationId").asText(),
                            JsonHttp.JSON.readTree(rows.getString(4))));
                }
            }
        }
        JsonHttp.Response history = http.getUntil(services.query("/api/projects/" + projectId + "/history"),
                response -> response.status() == 200 && response.json().get("events").size() == stored.size(),
                Duration.ofSeconds(15));
        List<Recorded> trail = new ArrayList<>();
        for (JsonNode event : history.json().get("events")) {
            trail.add(new Recorded(event.get("eventId").asText() + " #" + event.get("sequence").asLong() + " "
                    + event.get("type").asText() + " by " + event.get("actor").asText() + " as " + event.get("actorRef").asText() + " "
                    + event.get("correlationId").asText(),
                    event.get("data")));
        }
        assertThat(trail).containsExactlyElementsOf(stored);
    }

    private static long storedEvents() throws SQLException {
        try (Connection connection = services.commandDatabase()) {
            return Long.parseLong(single(connection, "select count(*) from events.domain_event_entry"));
        }
    }

    private static String single(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a row from " + sql).isTrue();
                String value = rows.getString(1);
                assertThat(rows.next()).as("only one row from " + sql).isFalse();
                return value;
            }
        }
    }
}
