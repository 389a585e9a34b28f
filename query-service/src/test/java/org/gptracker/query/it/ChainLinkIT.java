package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.gptracker.events.audit.ActorErased;
import org.gptracker.events.chain.ChainHasher;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gptracker.query.EventRecords.CODEC;
import static org.gptracker.query.EventRecords.PROPOSED_ON;
import static org.gptracker.query.EventRecords.RECORDED_AT;
import static org.gptracker.query.EventRecords.chained;
import static org.gptracker.query.EventRecords.chornobylProposal;
import static org.gptracker.query.EventRecords.envelope;

/** Each record's audit chain link is checked before it is applied; the history shows it; an erased name is dropped. */
class ChainLinkIT extends QueryServiceTestBase {

    private static final int PARTITION = 2;

    @Test
    void aLinkedEventIsAppliedAndItsHistoryShowsItsLinkWhileABrokenLinkIsDeadLetteredAsChainBroken() throws Exception {
        String projectId = UUID.randomUUID().toString();
        String actorRef = UUID.randomUUID().toString();
        EventEnvelope first = chained(envelope(chornobylProposal(projectId), projectId, 0, RECORDED_AT, "olena.k", "c-1"),
                actorRef, ChainHasher.GENESIS);
        double breaksBefore = count("gp.chain.breaks");

        send(projectId, first);
        awaitProject(projectId);
        EventEnvelope forged = chained(envelope(new ProposalRevised(projectId, "Forged", null, null, null, null, null, null,
                PROPOSED_ON, 2025), projectId, 1, RECORDED_AT, "olena.k", "c-2"), actorRef, "1".repeat(64));
        send(projectId, forged);

        try (TopicReader deadLetters = new TopicReader(bootstrapServers(), DEAD_LETTERS)) {
            ConsumerRecord<String, byte[]> dead = deadLetters.readUntil(seen -> seen.stream().anyMatch(r -> projectId.equals(r.key())),
                    PATIENCE).stream().filter(r -> projectId.equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(dead.headers().lastHeader("gp-dlt-reason").value(), StandardCharsets.UTF_8))
                    .startsWith("CHAIN_BROKEN");
        }
        assertThat(count("gp.chain.breaks")).isEqualTo(breaksBefore + 1);
        JsonNode history = json.readTree(http.getForEntity("/api/projects/{id}/history", String.class, projectId).getBody());
        assertThat(history.get("events")).hasSize(1);
        JsonNode event = history.get("events").get(0);
        assertThat(event.get("hash").asText()).isEqualTo(first.hash());
        assertThat(event.get("prevHash").asText()).isEqualTo(ChainHasher.GENESIS);
        assertThat(event.get("actorRef").asText()).isEqualTo(actorRef);
        assertThat(event.get("actor").asText()).isEqualTo("olena.k");
        assertThat(lastAppliedSequence(projectId)).isZero();
    }

    @Test
    void anErasedActorsNameIsDroppedFromTheHistoryAndTheReferenceStays() throws Exception {
        String projectId = UUID.randomUUID().toString();
        String actorRef = UUID.randomUUID().toString();
        send(projectId, chained(envelope(chornobylProposal(projectId), projectId, 0, RECORDED_AT, "erasable.person", "c-1"),
                actorRef, ChainHasher.GENESIS));
        awaitProject(projectId);

        send(actorRef, chained(envelope(new ActorErased(actorRef, PROPOSED_ON, null), actorRef, 0, RECORDED_AT, "secretariat", "c-2"),
                UUID.randomUUID().toString(), ChainHasher.GENESIS));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from read.event_log where actor = 'erasable.person'", Long.class) == 0);
        JsonNode event = json.readTree(http.getForEntity("/api/projects/{id}/history", String.class, projectId).getBody())
                .get("events").get(0);
        assertThat(event.get("actor").isNull()).isTrue();
        assertThat(event.get("actorRef").asText()).isEqualTo(actorRef);
    }

    private void send(String key, EventEnvelope envelope) throws Exception {
        kafka.send(new ProducerRecord<>(EVENTS, PARTITION, key, CODEC.encode(envelope))).get(10, TimeUnit.SECONDS);
    }
}
