package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Gauge;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.presidency.PresidencyOpened;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.value.Member;
import org.gptracker.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gptracker.query.EventRecords.CODEC;
import static org.gptracker.query.EventRecords.envelope;

class StreamIT extends QueryServiceTestBase {

    private static final int PARTITION = 3;
    private static final int YEAR = 2088;
    private static final Duration SOON = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    private final String viewer = TestTokens.token("wall-screen", null, "VIEWER");

    @Test
    void everyAppliedEventArrivesOnceWithTheProjectsStatusAfterItAndOnlyForTheClientsItsFiltersMatch() throws Exception {
        ProjectStream project = new ProjectStream();
        try (SseClient ofProject = stream("?project=" + project.projectId, null);
             SseClient ofPresidency = stream("?presidency=" + YEAR, null);
             SseClient ofBoth = stream("?presidency=" + YEAR + "&project=" + project.projectId, null);
             SseClient ofAnotherPresidency = stream("?presidency=" + (YEAR + 1), null)) {
            EventEnvelope opened = envelope(new PresidencyOpened(YEAR, Member.of("CA"), LocalDate.of(YEAR, 1, 1),
                            LocalDate.of(YEAR, 12, 31), List.of(new Priority("CHEMICAL_SECURITY", "Chemical security")),
                            LocalDate.of(YEAR - 1, 12, 1), YEAR),
                    Integer.toString(YEAR), 0, Instant.parse("2087-12-01T10:00:00Z"), "secretariat", "c-open");
            String offerId = UUID.randomUUID().toString();
            EventEnvelope proposed = project.next(project.proposal(LocalDate.of(YEAR, 2, 1), YEAR),
                    Instant.parse("2088-02-01T09:00:00Z"), "ke", "c-1");
            EventEnvelope offered = project.next(project.offer(offerId, "JP", LocalDate.of(YEAR, 2, 10), YEAR),
                    Instant.parse("2088-02-10T09:00:00Z"), "jp", "c-2");
            EventEnvelope accepted = project.next(project.acceptance(offerId, "JP", LocalDate.of(YEAR, 3, 1), YEAR),
                    Instant.parse("2088-03-01T09:00:00Z"), "ke", "c-3");
            // outside any presidency window
            EventEnvelope committed = project.next(project.commitment("JP", "500000.00", LocalDate.of(YEAR, 3, 2), null),
                    Instant.parse("2088-03-02T09:00:00Z"), "jp", null);
            publish(opened);
            publish(proposed);
            publish(offered);
            publish(offered);
            publish(accepted);
            publish(committed);

            List<JsonNode> projectEvents = data(ofProject.next(4, SOON));
            assertThat(projectEvents).extracting(event -> event.get("eventId").asText())
                    .containsExactly(proposed.id(), offered.id(), accepted.id(), committed.id());
            assertThat(projectEvents).extracting(event -> event.get("status").asText())
                    .containsExactly("PROPOSED", "PROPOSED", "MATCHED", "FUNDED");
            assertThat(projectEvents).extracting(event -> event.get("sequence").asLong()).containsExactly(0L, 1L, 2L, 3L);
            JsonNode acceptance = projectEvents.get(2);
            assertThat(acceptance.get("type").asText()).isEqualTo("gp.project.OfferAccepted.v1");
            assertThat(acceptance.get("aggregateType").asText()).isEqualTo("Project");
            assertThat(acceptance.get("aggregateId").asText()).isEqualTo(project.projectId);
            assertThat(acceptance.get("projectId").asText()).isEqualTo(project.projectId);
            assertThat(acceptance.get("presidency").asInt()).isEqualTo(YEAR);
            assertThat(acceptance.get("effectiveDate").asText()).isEqualTo("2088-03-01");
            assertThat(acceptance.get("recordedAt").asText()).isEqualTo("2088-03-01T09:00:00Z");
            assertThat(acceptance.get("correlationId").asText()).isEqualTo("c-3");
            assertThat(projectEvents.get(3).get("presidency").isNull()).isTrue();
            assertThat(projectEvents.get(3).get("correlationId").isNull()).isTrue();

            List<JsonNode> presidencyEvents = data(ofPresidency.next(4, SOON));
            assertThat(presidencyEvents).extracting(event -> event.get("eventId").asText())
                    .containsExactly(opened.id(), proposed.id(), offered.id(), accepted.id());
            JsonNode opening = presidencyEvents.get(0);
            assertThat(opening.get("aggregateId").asText()).isEqualTo(Integer.toString(YEAR));
            assertThat(opening.get("projectId").isNull()).isTrue();
            assertThat(opening.get("status").isNull()).isTrue();
            assertThat(data(ofBoth.next(3, SOON))).extracting(event -> event.get("eventId").asText())
                    .containsExactly(proposed.id(), offered.id(), accepted.id());

            EventEnvelope closed = project.next(project.closure(org.gptracker.events.project.Outcome.COMPLETED,
                    LocalDate.of(YEAR, 9, 1), YEAR), Instant.parse("2088-09-01T09:00:00Z"), "secretariat", "c-4");
            publish(closed);
            assertThat(data(ofProject.next(1, SOON)).get(0).get("status").asText()).isEqualTo("CLOSED");
            assertThat(ofProject.drain(Duration.ofMillis(500))).as("the redelivered offer is not streamed again").isEmpty();
            assertThat(ofAnotherPresidency.drain(Duration.ZERO)).isEmpty();
            assertThat(ofProject.retry()).isEqualTo("3000");
        }
    }

    @Test
    void aClientThatReconnectsWithItsLastEventIdGetsEveryEventItMissedOnceThenTheLiveOnes() throws Exception {
        ProjectStream project = new ProjectStream();
        List<EventEnvelope> published = new ArrayList<>();
        String lastSeen;
        try (SseClient first = stream("?project=" + project.projectId, null)) {
            published.add(publish(project.next(project.proposal(LocalDate.of(YEAR, 4, 1), YEAR), Instant.now(), "ke", "r-1")));
            published.add(publish(offer(project)));
            List<SseClient.Message> seen = first.next(2, SOON);
            assertThat(eventIds(seen)).containsExactly(published.get(0).id(), published.get(1).id());
            lastSeen = seen.get(1).id();
        }
        for (int i = 0; i < 5; i++) {
            published.add(publish(offer(project)));
        }
        awaitApplied(project.projectId, published.size() - 1);

        try (SseClient again = stream("?project=" + project.projectId, lastSeen)) {
            List<SseClient.Message> missed = again.next(5, SOON);
            published.add(publish(offer(project)));
            List<SseClient.Message> live = again.next(1, SOON);

            assertThat(eventIds(missed)).containsExactlyElementsOf(published.subList(2, 7).stream().map(EventEnvelope::id).toList());
            assertThat(eventIds(live)).containsExactly(published.get(7).id());
            assertThat(again.drain(Duration.ofMillis(500))).isEmpty();
        }
        try (SseClient byParameter = stream("?project=" + project.projectId + "&lastEventId=" + lastSeen, null)) {
            assertThat(eventIds(byParameter.next(6, SOON)))
                    .containsExactlyElementsOf(published.subList(2, 8).stream().map(EventEnvelope::id).toList());
        }
    }

    @Test
    void anEventWaitsWhileAnOlderTransactionRunsAnywhereInTheDatabaseAndArrivesOnceItEnds() throws Exception {
        ProjectStream project = new ProjectStream();
        try (SseClient client = stream("?project=" + project.projectId, null);
             java.sql.Connection older = jdbc.getDataSource().getConnection()) {
            older.setAutoCommit(false);
            try (java.sql.Statement statement = older.createStatement()) {
                // takes a transaction id, as a command's or another partition's writing transaction does
                statement.execute("select pg_current_xact_id()");
            }
            EventEnvelope proposed = publish(project.next(project.proposal(LocalDate.of(YEAR, 5, 1), YEAR), Instant.now(),
                    "ke", "held-1"));
            awaitApplied(project.projectId, 0);

            assertThat(client.drain(Duration.ofMillis(600))).as("held back behind the older transaction").isEmpty();
            older.commit();

            assertThat(eventIds(client.next(1, SOON))).containsExactly(proposed.id());
        }
    }

    @Test
    void eventsAreResumedInTransactionOrderEvenWhereTheTransactionIdGainsADigit() throws Exception {
        String projectId = UUID.randomUUID().toString();
        // two long-settled transactions, 9 and 10: as text "10" sorts before "9"
        for (long txid : new long[] {9, 10}) {
            jdbc.update("""
                    insert into stream.event (txid, event_id, type, aggregate_type, aggregate_id, sequence, presidency,
                        effective_date, recorded_at, project_status)
                    values (cast(? as xid8), ?, 'gp.project.SupportOffered.v1', 'Project', ?, ?, ?, ?, now(), 'PROPOSED')""",
                    Long.toString(txid), "digit-" + txid + "-" + projectId, projectId, txid, YEAR, LocalDate.of(YEAR, 7, 1));
        }
        try (SseClient client = stream("?project=" + projectId, "8-0")) {
            assertThat(eventIds(client.next(2, SOON)))
                    .containsExactly("digit-9-" + projectId, "digit-10-" + projectId);
        }
    }

    @Test
    void aRebuildStreamsNothingAgainAndALastEventIdFromBeforeItStillResumesExactlyAfterIt() throws Exception {
        ProjectStream project = new ProjectStream();
        List<EventEnvelope> published = new ArrayList<>();
        try (SseClient watching = stream("?project=" + project.projectId, null)) {
            published.add(publish(project.next(project.proposal(LocalDate.of(YEAR, 7, 1), YEAR), Instant.now(), "ke", "b-1")));
            published.add(publish(offer(project)));
            String lastSeen = watching.next(2, SOON).get(0).id();

            assertThat(http.postForEntity("/admin/rebuild", null, String.class).getStatusCode().value()).isEqualTo(202);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                    json.readTree(http.getForObject("/admin/rebuild", String.class)).get("state").asText().equals("COMPLETED"));
            published.add(publish(offer(project)));

            assertThat(eventIds(watching.next(1, SOON))).containsExactly(published.get(2).id());
            assertThat(watching.drain(Duration.ofMillis(500))).as("the rebuild's replay is not streamed").isEmpty();
            try (SseClient resumed = stream("?project=" + project.projectId, lastSeen)) {
                assertThat(eventIds(resumed.next(2, SOON)))
                        .containsExactly(published.get(1).id(), published.get(2).id());
                assertThat(resumed.drain(Duration.ofMillis(500))).isEmpty();
            }
        }
    }

    @Test
    void aClientThatDoesNotReadIsDroppedWhileTheProjectionGoesOnAndOtherClientsKeepReceiving() throws Exception {
        ProjectStream project = new ProjectStream();
        double droppedBefore = count("gp.stream.dropped");
        List<EventEnvelope> published = new ArrayList<>();
        try (SseClient reading = stream("?project=" + project.projectId, null);
             Socket notReading = openWithoutReading("/api/stream?project=" + project.projectId)) {
            await().atMost(SOON).until(() -> clients() >= 2);
            published.add(publish(project.next(project.proposal(LocalDate.of(YEAR, 5, 1), YEAR), Instant.now(), "ke", "s-0")));
            // over loopback the kernel takes megabytes for a client that reads nothing before its writes wait: large
            // events (a long correlation id) fill that within a few hundred
            String longCorrelationId = "x".repeat(16 * 1024);
            while (count("gp.stream.dropped") == droppedBefore && published.size() < 1000) {
                for (int i = 0; i < 50; i++) {
                    published.add(publish(project.next(project.offer(UUID.randomUUID().toString(), "DE",
                            LocalDate.of(YEAR, 6, 1), YEAR), Instant.now(), "de", longCorrelationId)));
                }
                awaitApplied(project.projectId, published.size() - 1);
            }

            assertThat(count("gp.stream.dropped")).isEqualTo(droppedBefore + 1);
            assertThat(eventIds(reading.next(published.size(), SOON)))
                    .containsExactlyElementsOf(published.stream().map(EventEnvelope::id).toList());
            assertThat(responseEnds(notReading)).as("the dropped client's response was completed").isTrue();
            published.add(publish(offer(project)));
            assertThat(eventIds(reading.next(1, SOON))).containsExactly(published.get(published.size() - 1).id());
        }
    }

    @Test
    void heartbeatsKeepAQuietStreamAliveAndAClientThatWentAwayIsForgotten() throws Exception {
        await().atMost(SOON).until(() -> clients() == 0);
        SseClient quiet = stream("?project=" + UUID.randomUUID(), null);
        await().atMost(SOON).until(() -> quiet.heartbeats() >= 2);
        assertThat(clients()).isEqualTo(1);

        quiet.close();

        await().atMost(SOON).until(() -> clients() == 0);
    }

    @Test
    void withoutATokenTheStreamIsRefusedWith401AsAProblem() throws Exception {
        try (SseClient anonymous = SseClient.connect(uri(""), null, null)) {
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
            assertThat(json.readTree(anonymous.body()).get("type").asText()).isEqualTo("https://gp-tracker.org/problems/unauthorized");
        }
    }

    @Test
    void aTokenWithoutAKnownRoleIsRefusedWith403() throws Exception {
        try (SseClient nobody = SseClient.connect(uri(""), TestTokens.token("nobody", null, "OBSERVER"), null)) {
            assertThat(nobody.status()).isEqualTo(403);
            assertThat(nobody.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aBadFilterOrLastEventIdIsOneValidationProblemNamingEach() throws Exception {
        try (SseClient bad = SseClient.connect(uri("?presidency=MMXXV&project=not-a-project"), viewer, "yesterday")) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
            JsonNode problem = json.readTree(bad.body());
            assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/validation");
            assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("presidency", "project", "Last-Event-ID");
        }
    }

    private SseClient stream(String query, String lastEventId) throws Exception {
        SseClient client = SseClient.connect(uri(query), viewer, lastEventId);
        assertThat(client.status()).isEqualTo(200);
        assertThat(client.contentType()).startsWith("text/event-stream");
        return client;
    }

    private URI uri(String query) {
        return URI.create("http://localhost:" + port + "/api/stream" + query);
    }

    private EventEnvelope publish(EventEnvelope event) throws Exception {
        publish(PARTITION, event.subject(), CODEC.encode(event));
        return event;
    }

    private static EventEnvelope offer(ProjectStream project) {
        return project.next(project.offer(UUID.randomUUID().toString(), "DE", LocalDate.of(YEAR, 6, 1), YEAR), Instant.now(),
                "de", null);
    }

    private void awaitApplied(String aggregateId, long sequence) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select coalesce(max(last_sequence), -1) from read.aggregate_position where aggregate_id = ?",
                Long.class, aggregateId) >= sequence);
    }

    private double clients() {
        Gauge gauge = meters.find("gp.stream.clients").gauge();
        return gauge == null ? 0 : gauge.value();
    }

    private List<JsonNode> data(List<SseClient.Message> messages) throws Exception {
        List<JsonNode> data = new ArrayList<>();
        for (SseClient.Message message : messages) {
            assertThat(message.event()).isEqualTo("gp-event");
            assertThat(message.id()).isNotBlank();
            data.add(json.readTree(message.data()));
        }
        return data;
    }

    private List<String> eventIds(List<SseClient.Message> messages) throws Exception {
        return data(messages).stream().map(event -> event.get("eventId").asText()).toList();
    }

    /** A client that asks for the stream with the smallest receive window it can and then reads nothing. */
    private Socket openWithoutReading(String path) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress("localhost", port), 5000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nAuthorization: Bearer "
                + viewer + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Reads what the server still sends: a completed response ends with its last chunk, or the connection closes. */
    private static boolean responseEnds(Socket socket) throws Exception {
        socket.setSoTimeout((int) SOON.toMillis());
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                received.write(buffer, 0, read);
                if (received.toString(StandardCharsets.UTF_8).endsWith("\r\n0\r\n\r\n")) {
                    return true;
                }
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        }
    }
}
