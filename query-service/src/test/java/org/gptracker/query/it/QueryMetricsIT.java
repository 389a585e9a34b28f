package org.gptracker.query.it;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.testsupport.PrometheusScrape;
import org.gptracker.testsupport.PrometheusScrape.Series;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gptracker.query.EventRecords.CODEC;
import static org.gptracker.query.EventRecords.chornobylProposal;
import static org.gptracker.query.EventRecords.envelope;

/** What {@code /actuator/prometheus} tells an operator about the projection and its consumers. */
class QueryMetricsIT extends QueryServiceTestBase {

    private static final int PARTITION = 3;
    private static final String RECORDS_LAG = "kafka_consumer_fetch_manager_records_lag";
    private static final String PROPOSED = "gp.project.ProjectProposed.v1";
    /** Kafka's client metrics name a topic with its dots as underscores. */
    private static final String EVENTS_TAG = "gp_events";
    /** Micrometer binds a Kafka client's new per-partition metrics when it next looks, every minute: two chances. */
    private static final Duration KAFKA_METRICS_PATIENCE = Duration.ofSeconds(150);

    @Test
    void projectedEventsShowInTheAppliedCountAndTheProjectionLag() throws Exception {
        PrometheusScrape before = scrape();
        Instant recordedAt = Instant.now().minusSeconds(2);
        List<String> projects = IntStream.range(0, 3).mapToObj(i -> UUID.randomUUID().toString()).toList();

        for (String project : projects) {
            EventEnvelope proposal = envelope(chornobylProposal(project), project, 0, recordedAt, "kenji", UUID.randomUUID().toString());
            publish(PARTITION, project, CODEC.encode(proposal));
        }
        for (String project : projects) {
            awaitProject(project);
        }

        PrometheusScrape after = scrape();
        assertThat(after.sum("gp_projection_applied_total", Map.of("type", PROPOSED))
                - before.sum("gp_projection_applied_total", Map.of("type", PROPOSED))).isEqualTo(3);
        List<Series> lag = after.of("gp_projection_lag_seconds");
        assertThat(lag).hasSize(1);
        // the last event applied was recorded two seconds before it was sent
        assertThat(lag.get(0).value()).isBetween(2.0, 120.0);
    }

    @Test
    void theConsumerLagOfEveryPartitionOfTheEventLogIsExposedOnce() throws Exception {
        String project = UUID.randomUUID().toString();
        publish(PARTITION, project, CODEC.encode(envelope(chornobylProposal(project), project, 0)));
        awaitProject(project);

        await().atMost(KAFKA_METRICS_PATIENCE).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(partitionsWithLag(scrape()))
                        .as("partitions of %s with a records-lag series; every consumer metric: %s", EVENTS, consumerSeries())
                        .containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5"));
        // the offset of the record just applied is committed and fetched past within a poll or two
        await().atMost(PATIENCE).until(() -> recordsLag(scrape(), PARTITION) == 0);

        List<Series> lags = eventLogLags(scrape());
        assertThat(lags).hasSize(6);
        assertThat(lags).allSatisfy(series -> {
            assertThat(series.value()).isGreaterThanOrEqualTo(0);
            assertThat(series.labels()).containsKeys("client_id", "partition", "spring_id");
        });
    }

    @Test
    void everySeriesIsExposedOnceAndTheDeadLetterAndRebuildMetricsAreThere() {
        PrometheusScrape scrape = scrape();

        Map<String, Long> copies = scrape.series().stream()
                .collect(Collectors.groupingBy(series -> series.name() + series.labels(), Collectors.counting()));
        assertThat(copies).allSatisfy((series, count) -> assertThat(count).as(series).isEqualTo(1L));
        assertThat(scrape.of("gp_events_dead_lettered_total")).hasSize(1);
        assertThat(scrape.of("gp_rebuild_running")).hasSize(1);
        assertThat(scrape.of("gp_rebuild_applied")).hasSize(1);
        assertThat(scrape.of("gp_rebuild_lag")).hasSize(1);
    }

    private static List<Series> eventLogLags(PrometheusScrape scrape) {
        return scrape.of(RECORDS_LAG).stream().filter(series -> EVENTS_TAG.equals(series.labels().get("topic"))).toList();
    }

    private static Set<String> partitionsWithLag(PrometheusScrape scrape) {
        return eventLogLags(scrape).stream().map(series -> series.labels().get("partition")).collect(Collectors.toSet());
    }

    private static double recordsLag(PrometheusScrape scrape, int partition) {
        return scrape.sum(RECORDS_LAG, Map.of("topic", EVENTS_TAG, "partition", String.valueOf(partition)));
    }

    private List<String> consumerSeries() {
        return scrape().series().stream().filter(series -> series.name().startsWith("kafka_consumer_fetch_manager_records_lag")
                || series.name().equals("kafka_consumer_coordinator_assigned_partitions")).map(Series::toString).toList();
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.parse(http.getForObject("/actuator/prometheus", String.class));
    }
}
