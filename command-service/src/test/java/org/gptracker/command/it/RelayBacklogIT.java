package org.gptracker.command.it;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.testsupport.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backlog stored while the relay was stopped — bulk-inserted in the storage engine's own format, each
 * aggregate's events spread over the whole backlog — reaches Kafka whole and in order per aggregate, read in
 * pages of at most {@code gp.relay.page-size}; an event whose transaction commits after later events were
 * relayed (a gap in the global index) is relayed too.
 */
class RelayBacklogIT extends CommandServiceTestBase {

    private static final int PROJECTS = 2_000;
    private static final int EVENTS_PER_PROJECT = 10;


    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @Value("${gp.relay.page-size:2000}")
    int pageSize;

    @AfterEach
    void removeBacklog() {
        BacklogRows.removeAll(jdbc);
    }

    @Test
    void aBacklogReachesKafkaWholeAndInOrderPerAggregateReadInBoundedPages() throws Exception {
        String run = UUID.randomUUID().toString();
        StreamingEventProcessor relay = processing.eventProcessor("kafka-relay", StreamingEventProcessor.class).orElseThrow();
        DistributionSummary pages = meters.get("gp.relay.page").summary();
        long pagesBefore = pages.count();
        relay.shutDown();
        String lateProject;
        try (Connection backlog = dataSource.getConnection(); Connection late = dataSource.getConnection()) {
            BacklogRows.store(backlog, run, 1, PROJECTS, EVENTS_PER_PROJECT);
            // takes the next global index and commits only after the events stored behind it were relayed
            late.setAutoCommit(false);
            BacklogRows.store(late, run, PROJECTS + 1, PROJECTS + 1, 1);
            BacklogRows.store(backlog, run, PROJECTS + 2, PROJECTS + 10, 1);
            lateProject = jdbc.queryForObject("select md5(? || '/project/' || ?)::uuid::text", String.class, run, PROJECTS + 1);
            List<String> backlogIds = jdbc.queryForList(
                    "select event_identifier from events.domain_event_entry where meta_data = convert_to(json_build_object("
                            + "'actor', 'backlog-loader', 'correlationId', md5(? || '/correlation')::uuid::text)::text, 'UTF8')",
                    String.class, run);
            assertThat(backlogIds).hasSize(PROJECTS * EVENTS_PER_PROJECT + 9);
            Set<String> aggregates = jdbc.queryForList(
                    "select distinct aggregate_identifier from events.domain_event_entry where event_identifier = any(?)",
                    String.class, (Object) backlogIds.toArray(String[]::new)).stream().collect(Collectors.toSet());

            long started = System.nanoTime();
            long relayCpuBefore = relayThreadsCpuNanos();
            relay.start();
            try (TopicReader topic = new TopicReader(bootstrapServers(), TOPIC)) {
                List<ConsumerRecord<String, byte[]>> records = topic.readUntil(
                        seen -> ours(seen, aggregates).size() >= backlogIds.size(), Duration.ofSeconds(45));
                long drainedMillis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
                double relayCpuMillis = (relayThreadsCpuNanos() - relayCpuBefore) / 1e6;
                // relative figures for comparing relay changes on one (shared) machine, never asserted
                System.out.printf("relay drained a backlog of %,d events onto Kafka in %,d ms (%,d events/s), its threads "
                                + "using %.0f ms of CPU (%.1f µs per event)%n", backlogIds.size(), drainedMillis,
                        backlogIds.size() * 1000L / drainedMillis, relayCpuMillis, relayCpuMillis * 1000 / backlogIds.size());
                Map<String, List<EventEnvelope>> byAggregate = ours(records, aggregates).stream()
                        .map(record -> EnvelopeCodec.standard().decode(record.value()))
                        .collect(Collectors.groupingBy(EventEnvelope::subject));

                assertThat(byAggregate.values().stream().flatMap(List::stream).map(EventEnvelope::id).collect(Collectors.toSet()))
                        .containsExactlyInAnyOrderElementsOf(backlogIds);
                assertThat(byAggregate).allSatisfy((aggregate, events) -> assertThat(events)
                        .as("the order of %s's events on Kafka", aggregate)
                        .extracting(EventEnvelope::sequence)
                        .isSorted());

                EventEnvelope proposal = byAggregate.values().iterator().next().get(0);
                assertThat(proposal.data()).as("the data sent: the stored payload as it is, its spacing and member order too")
                        .isEqualTo(jdbc.queryForObject("select convert_from(payload, 'UTF8') from events.domain_event_entry "
                                + "where event_identifier = ?", String.class, proposal.id()))
                        .contains("\"projectId\" : ");
                assertThat(proposal.time()).as("the recorded time, as stored").isEqualTo(Instant.parse(jdbc.queryForObject(
                        "select time_stamp from events.domain_event_entry where event_identifier = ?", String.class, proposal.id())));

                late.commit();
                List<ConsumerRecord<String, byte[]>> withLate = topic.readUntil(
                        seen -> seen.stream().anyMatch(record -> lateProject.equals(record.key())), Duration.ofSeconds(20));
                assertThat(withLate).as("the event committed after later ones were relayed")
                        .anyMatch(record -> lateProject.equals(record.key()));
            }
        } finally {
            if (!relay.isRunning()) {
                relay.start();
            }
        }

        long pagesRead = pages.count() - pagesBefore;
        assertThat(pagesRead).as("pages read").isGreaterThanOrEqualTo((long) PROJECTS * EVENTS_PER_PROJECT / pageSize);
        assertThat(pages.max()).as("the most events the relay held at once").isLessThanOrEqualTo(pageSize);
    }

    /** CPU time of the relay's processor thread and of the producer's sender thread(s), the relay's whole work. */
    private static long relayThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().contains("kafka-relay") || thread.getName().contains("kafka-producer-network-thread"))
                .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.getId())))
                .sum();
    }

    private static List<ConsumerRecord<String, byte[]>> ours(List<ConsumerRecord<String, byte[]>> records, Set<String> aggregates) {
        return records.stream().filter(record -> aggregates.contains(record.key())).toList();
    }
}
