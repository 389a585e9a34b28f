package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.presidency.PresidencyOpened;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.project.Outcome;
import org.gptracker.events.value.Member;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gptracker.query.EventRecords.CODEC;
import static org.gptracker.query.EventRecords.envelope;

class PresidencyEventFeedIT extends QueryServiceTestBase {

    private static final int PARTITION = 5;
    private static final int YEAR = 2092;
    private static final Comparator<EventEnvelope> EFFECTIVE_ORDER = Comparator.comparing(EventEnvelope::effectiveDate)
            .thenComparing(EventEnvelope::time)
            .thenComparing(EventEnvelope::subject)
            .thenComparingLong(EventEnvelope::sequence);

    private final List<EventEnvelope> published = new ArrayList<>();

    @Test
    void pagingWalksEveryEventOfThePresidencyOnceInEffectiveOrderAndFindsABackDatedEventInItsPlace() throws Exception {
        publish(envelope(new PresidencyOpened(YEAR, Member.of("IT"), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31),
                        List.of(new Priority("CHEMICAL_SECURITY", "Chemical security and climate")),
                        LocalDate.of(YEAR - 1, 11, 20), YEAR),
                Integer.toString(YEAR), 0, Instant.parse("2091-11-20T10:00:00Z"), "secretariat", UUID.randomUUID().toString()));
        ProjectStream matched = new ProjectStream();
        String offerId = UUID.randomUUID().toString();
        Instant acceptedAndCommitted = Instant.parse("2092-03-01T10:00:00Z");
        publish(matched.next(matched.proposal(LocalDate.of(YEAR, 2, 1), YEAR), Instant.parse("2092-02-01T09:00:00Z"), "ke", "c-1"));
        EventEnvelope offer = matched.next(matched.offer(offerId, "JP", LocalDate.of(YEAR, 2, 10), YEAR),
                Instant.parse("2092-02-10T09:00:00Z"), "jp", "c-2");
        publish(offer);
        publishAgain(offer);
        // one request, one recorded time: the sequence orders them
        publish(matched.next(matched.acceptance(offerId, "JP", LocalDate.of(YEAR, 3, 1), YEAR), acceptedAndCommitted, "ke", "c-3"));
        publish(matched.next(matched.commitment("JP", "500000.00", LocalDate.of(YEAR, 3, 1), YEAR), acceptedAndCommitted, "ke", "c-3"));
        // proposed on the same day at the same instant: the aggregate id orders them
        Instant sameInstant = Instant.parse("2092-04-01T12:00:00Z");
        ProjectStream first = new ProjectStream();
        ProjectStream second = new ProjectStream();
        publish(first.next(first.proposal(LocalDate.of(YEAR, 4, 1), YEAR), sameInstant, "ua", "c-4"));
        publish(second.next(second.proposal(LocalDate.of(YEAR, 4, 1), YEAR), sameInstant, "ua", "c-5"));
        // closed in the next presidency: not part of this one's feed
        publish(second.next(second.closure(Outcome.WITHDRAWN, LocalDate.of(YEAR + 1, 1, 15), YEAR + 1),
                Instant.parse("2093-01-15T08:00:00Z"), "ua", "c-6"));
        awaitApplied(second.projectId, 1);

        List<JsonNode> walked = walk(2);

        List<EventEnvelope> expected = inEffectiveOrder();
        assertThat(expected).hasSize(7);
        assertWalked(walked, expected);

        EventEnvelope backDated = first.next(first.offer(UUID.randomUUID().toString(), "DE", LocalDate.of(YEAR, 1, 15), YEAR),
                Instant.parse("2092-06-01T15:00:00Z"), "de", "c-7");
        publish(backDated);
        awaitApplied(first.projectId, 1);

        List<JsonNode> walkedAgain = walk(3);

        List<EventEnvelope> expectedAgain = inEffectiveOrder();
        assertThat(expectedAgain.indexOf(backDated)).isEqualTo(1);
        assertWalked(walkedAgain, expectedAgain);
        JsonNode onePage = page(YEAR, null, null);
        assertThat(onePage.get("events")).hasSize(expectedAgain.size());
        assertThat(onePage.get("next").isNull()).isTrue();
    }

    @Test
    void aYearWithoutEventsHasAnEmptyFeed() throws Exception {
        JsonNode page = page(2094, null, null);

        assertThat(page.get("events")).isEmpty();
        assertThat(page.get("next").isNull()).isTrue();
    }

    @Test
    void aBadYearSizeOrCursorIsOneValidationProblemNamingEach() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/presidencies/{year}/events?size={size}&cursor={cursor}",
                String.class, "MMXCV", "1001", "not-a-cursor");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/validation");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("year", "size", "cursor");
    }

    @Test
    void aCursorOfAnotherPresidencysFeedIsRefused() throws Exception {
        // the documented form of a cursor: base64url of version|presidency|effectiveDate|recordedAt|sequence|aggregateId
        String cursorOf2092 = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "1|2092|2092-02-01|2092-02-01T09:00:00Z|0|some-project".getBytes(StandardCharsets.UTF_8));

        ResponseEntity<String> response = http.getForEntity("/api/presidencies/{year}/events?cursor={cursor}",
                String.class, 2095, cursorOf2092);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").get(0).get("message").asText())
                .isEqualTo("belongs to the feed of presidency 2092, not 2095");
    }

    @Test
    void theApiDocumentsTheFeed() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getBody()).contains("/api/presidencies/{year}/events");
    }

    private void publish(EventEnvelope event) throws Exception {
        publish(PARTITION, event.subject(), CODEC.encode(event));
        published.add(event);
    }

    private void publishAgain(EventEnvelope event) throws Exception {
        publish(PARTITION, event.subject(), CODEC.encode(event));
    }

    /** Once an event is applied, so is every one published before it: they share the partition. */
    private void awaitApplied(String aggregateId, long sequence) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> Objects.equals(
                jdbc.queryForObject("select max(sequence) from read.event_log where aggregate_id = ?", Long.class, aggregateId),
                sequence));
    }

    private List<EventEnvelope> inEffectiveOrder() {
        return published.stream().filter(event -> Objects.equals(event.presidency(), YEAR)).sorted(EFFECTIVE_ORDER).toList();
    }

    /** Every page of the feed, following each page's cursor until there is none. */
    private List<JsonNode> walk(int size) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = page(YEAR, size, cursor);
            assertThat(page.get("events").size()).isBetween(1, size);
            page.get("events").forEach(events::add);
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        return events;
    }

    private JsonNode page(int year, Integer size, String cursor) throws Exception {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("year", year);
        parameters.put("size", size == null ? "" : size);
        parameters.put("cursor", cursor == null ? "" : cursor);
        ResponseEntity<String> response = http.getForEntity("/api/presidencies/{year}/events?size={size}&cursor={cursor}",
                String.class, parameters);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static void assertWalked(List<JsonNode> walked, List<EventEnvelope> expected) {
        assertThat(walked).extracting(event -> event.get("eventId").asText())
                .containsExactlyElementsOf(expected.stream().map(EventEnvelope::id).toList());
        Map<String, EventEnvelope> byId = expected.stream().collect(Collectors.toMap(EventEnvelope::id, Function.identity()));
        for (JsonNode event : walked) {
            EventEnvelope sent = byId.get(event.get("eventId").asText());
            ProjectHistoryIT.assertSameEvent(event, sent);
            assertThat(event.get("aggregateType").asText()).isEqualTo(sent.aggregateType());
            assertThat(event.get("aggregateId").asText()).isEqualTo(sent.subject());
        }
    }
}
