package org.gptracker.command.it;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.testsupport.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event whose transaction commits after the relay's token gave its global index up (test limit: 100 indexes or
 * 2 s) is still relayed, ahead of its aggregate's next event; an index whose transaction rolled back is let go.
 */
class RelayLateEventIT extends CommandServiceTestBase {

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @Value("${gp.relay.max-gap-offset}")
    int maxGapOffset;

    @AfterEach
    void removeBacklog() {
        BacklogRows.removeAll(jdbc);
    }

    @Test
    void anEventCommittedAfterTheRelayGaveItsIndexUpIsRelayedAheadOfItsAggregatesNextEvent() throws Exception {
        String run = UUID.randomUUID().toString();
        double relayedBefore = lateEvents("relayed");
        int lastOther = 2 + maxGapOffset + 50;
        String lateProject = projectId(run, 1);
        try (Connection late = dataSource.getConnection(); Connection others = dataSource.getConnection();
             TopicReader topic = new TopicReader(bootstrapServers(), TOPIC)) {
            late.setAutoCommit(false);
            BacklogRows.store(late, run, 1, 1, 1);
            BacklogRows.store(others, run, 2, lastOther, 1);
            String lastOtherProject = projectId(run, lastOther);
            topic.readUntil(seen -> seen.stream().anyMatch(record -> lastOtherProject.equals(record.key())), Duration.ofSeconds(30));
            awaitTrue(() -> meters.get("gp.relay.gaps.watched").gauge().value() >= 1, "the given-up index watched");

            late.commit();
            BacklogRows.storeSequences(others, run, 1, 1, 1, 1);

            List<ConsumerRecord<String, byte[]>> records = topic.readUntil(
                    seen -> seen.stream().filter(record -> lateProject.equals(record.key())).count() >= 2, Duration.ofSeconds(30));
            assertThat(records.stream().filter(record -> lateProject.equals(record.key()))
                    .map(record -> EnvelopeCodec.standard().decode(record.value()))
                    .map(EventEnvelope::sequence))
                    .as("the late event, then its aggregate's next one").containsExactly(0L, 1L);
        }
        awaitTrue(() -> lateEvents("relayed") >= relayedBefore + 1, "the late event counted as relayed");
    }

    @Test
    void aGivenUpIndexWhoseTransactionRolledBackIsLetGo() throws Exception {
        String run = UUID.randomUUID().toString();
        double neverStoredBefore = lateEvents("never-stored");
        try (Connection rolledBack = dataSource.getConnection(); Connection others = dataSource.getConnection()) {
            rolledBack.setAutoCommit(false);
            BacklogRows.store(rolledBack, run, 1, 1, 1);
            rolledBack.rollback();
            BacklogRows.store(others, run, 2, 2 + maxGapOffset + 50, 1);
        }
        awaitTrue(() -> lateEvents("never-stored") >= neverStoredBefore + 1, "the rolled-back index let go");
    }

    private double lateEvents(String outcome) {
        return meters.get("gp.relay.late.events").tag("outcome", outcome).counter().count();
    }

    private String projectId(String run, int n) {
        return jdbc.queryForObject("select md5(? || '/project/' || ?)::uuid::text", String.class, run, n);
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
