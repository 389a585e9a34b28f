package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /admin/aggregates: every aggregate's last stored sequence, for the query side's consistency check. */
class AggregatesIT extends ProjectTestBase {

    private static final Logger log = LoggerFactory.getLogger(AggregatesIT.class);
    private static final int MANY = 100_000;

    @Test
    void everyAggregateIsListedOnceWithItsLastSequenceInIdOrder() throws Exception {
        String revised = propose("2024-03-01");
        assertThat(post("/api/projects/" + revised + "/revisions", "{\"title\":\"Physical protection, phase 2\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String proposed = propose("2024-03-02");

        ResponseEntity<String> answer = http.getForEntity("/admin/aggregates", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        List<JsonNode> aggregates = aggregates(answer);
        Map<String, JsonNode> byId = aggregates.stream().collect(Collectors.toMap(a -> a.get("aggregateId").asText(), a -> a));
        assertThat(byId).hasSize(aggregates.size());
        assertThat(byId.get(revised).get("lastSequence").asLong()).isEqualTo(1);
        assertThat(byId.get(revised).get("aggregateType").asText()).isEqualTo("Project");
        assertThat(byId.get(proposed).get("lastSequence").asLong()).isZero();
        assertThat(ids(aggregates)).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(
                jdbc.queryForList("select distinct aggregate_identifier from events.domain_event_entry", String.class));
    }

    @Test
    void theTypeFilterListsOnlyAggregatesOfThatType() throws Exception {
        String projectId = propose("2024-04-01");

        List<JsonNode> projects = aggregates(http.getForEntity("/admin/aggregates?type=Project", String.class));
        List<JsonNode> none = aggregates(http.getForEntity("/admin/aggregates?type=Nothing", String.class));

        assertThat(projects).extracting(a -> a.get("aggregateType").asText()).containsOnly("Project");
        assertThat(ids(projects)).contains(projectId);
        assertThat(none).isEmpty();
    }

    /**
     * 100,000 aggregates written straight into the store, with negative global indexes: below every
     * processor's token, so no relay ever reads them, and removed afterwards.
     */
    @Test
    void aHundredThousandAggregatesAreListedInOneStreamedAnswer() throws Exception {
        jdbc.update("""
                insert into events.domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                                                       type, time_stamp, payload_type, payload_revision, payload)
                select -(n * 2 + s), 'scale-event-' || n || '-' || s, 'scale-' || lpad(n::text, 6, '0'), s, 'ScaleTest', '2024-01-01T00:00:00Z',
                       'gp.test.Scale', '1', '\\x7b7d'::bytea
                from generate_series(1, ?) n, generate_series(0, 1) s""", MANY);
        try {
            long started = System.nanoTime();
            ResponseEntity<String> all = http.getForEntity("/admin/aggregates", String.class);
            long allMillis = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            ResponseEntity<String> ofType = http.getForEntity("/admin/aggregates?type=ScaleTest", String.class);
            long ofTypeMillis = (System.nanoTime() - started) / 1_000_000;

            List<JsonNode> scale = aggregates(ofType);
            log.info("GET /admin/aggregates: {} aggregates ({} KB) in {} ms; ?type=ScaleTest: {} in {} ms",
                    aggregates(all).size(), all.getBody().length() / 1024, allMillis, scale.size(), ofTypeMillis);
            assertThat(aggregates(all).size()).isGreaterThanOrEqualTo(MANY);
            assertThat(ids(aggregates(all))).isSortedAccordingTo(Comparator.naturalOrder());
            assertThat(scale).hasSize(MANY);
            assertThat(scale).allSatisfy(a -> assertThat(a.get("lastSequence").asLong()).isEqualTo(1));
            assertThat(scale.get(0).get("aggregateId").asText()).isEqualTo("scale-000001");
            assertThat(scale.get(MANY - 1).get("aggregateId").asText()).isEqualTo("scale-100000");
        } finally {
            jdbc.update("delete from events.domain_event_entry where global_index < 0");
        }
    }

    @Test
    void theApiDocsDescribeTheAdministrationEndpoints() throws Exception {
        JsonNode docs = body(http.getForEntity("/v3/api-docs", String.class));

        assertThat(docs.at("/paths/~1admin~1aggregates/get/parameters/0/name").asText()).isEqualTo("type");
        assertThat(docs.at("/paths/~1admin~1aggregates/get/responses/200/description").asText()).isNotBlank();
        assertThat(docs.at("/paths/~1admin~1republish/post/responses/409/description").asText()).contains("REPUBLISH_RUNNING");
        assertThat(docs.at("/paths/~1admin~1republish/post/responses/403/description").asText()).isNotBlank();
    }

    private List<JsonNode> aggregates(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        List<JsonNode> aggregates = new ArrayList<>();
        body(answer).get("aggregates").forEach(aggregates::add);
        return aggregates;
    }

    private static List<String> ids(List<JsonNode> aggregates) {
        return aggregates.stream().map(a -> a.get("aggregateId").asText()).toList();
    }
}
