package org.gptracker.query.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gptracker.query.EventRecords.CODEC;
import static org.gptracker.query.EventRecords.RECORDED_AT;
import static org.gptracker.query.EventRecords.chornobylProposal;
import static org.gptracker.query.EventRecords.envelope;
import static org.gptracker.query.EventRecords.proposed;

/**
 * A record that can never be applied — refused by a projection, or holding a value PostgreSQL cannot store — goes to the
 * dead-letter topic alone, with its own reason, and every other record of its poll is applied.
 */
class PoisonRecordIT extends QueryServiceTestBase {

    private static final int PARTITION = 1;

    @Test
    void refusedAndUnstorableRecordsAmidValidOnesAreDeadLetteredAloneWithTheirOwnReasonsAndEveryValidOneIsApplied() throws Exception {
        Map<String, byte[]> log = new LinkedHashMap<>();
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = UUID.randomUUID().toString();
            valid.add(id);
            log.put(id, proposed(id, 0));
        }
        String withoutActor = UUID.randomUUID().toString();
        String withNul = UUID.randomUUID().toString();
        String ofAnotherSubject = UUID.randomUUID().toString();
        String beyondPostgresDates = UUID.randomUUID().toString();
        Map<String, byte[]> poison = Map.of(
                beyondPostgresDates, CODEC.encode(envelope(datedOn(chornobylProposal(beyondPostgresDates), LocalDate.of(6_000_000, 1, 1)),
                        beyondPostgresDates, 0)),
                withoutActor, CODEC.encode(envelope(chornobylProposal(withoutActor), withoutActor, 0, RECORDED_AT, null, "c-1")),
                withNul, CODEC.encode(envelope(titled(chornobylProposal(withNul), "a\u0000b"), withNul, 0)),
                ofAnotherSubject, CODEC.encode(envelope(chornobylProposal(UUID.randomUUID().toString()), ofAnotherSubject, 0)));
        double deadLetteredBefore = count("gp.events.dead.lettered");

        // valid, refused, valid, unstorable (NUL), valid, refused, unstorable (date), valid: sent together, so that they
        // arrive in as few polls as may be
        List<String> order = List.of(valid.get(0), withoutActor, valid.get(1), withNul, valid.get(2), ofAnotherSubject,
                beyondPostgresDates);
        String last = UUID.randomUUID().toString();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (String key : order) {
            sent.add(kafka.send(new ProducerRecord<>(EVENTS, PARTITION, key, log.containsKey(key) ? log.get(key) : poison.get(key))));
        }
        sent.add(kafka.send(new ProducerRecord<>(EVENTS, PARTITION, last, proposed(last, 0))));
        for (CompletableFuture<?> ack : sent) {
            ack.get(10, TimeUnit.SECONDS);
        }

        awaitProject(last);
        for (String id : valid) {
            assertThat(getProject(id).getStatusCode()).as(id).isEqualTo(HttpStatus.OK);
        }
        for (String id : poison.keySet()) {
            assertThat(getProject(id).getStatusCode()).as(id).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(count("gp.events.dead.lettered")).isEqualTo(deadLetteredBefore + 4);
        try (TopicReader deadLetters = new TopicReader(bootstrapServers(), DEAD_LETTERS)) {
            Map<String, String> reasons = reasons(deadLetters.readUntil(seen -> reasons(seen).keySet().containsAll(poison.keySet()), PATIENCE));

            assertThat(reasons).doesNotContainKeys(valid.toArray(String[]::new)).doesNotContainKey(last);
            assertThat(reasons.get(withoutActor)).contains("'actor' is missing");
            assertThat(reasons.get(withNul)).contains("NUL");
            assertThat(reasons.get(ofAnotherSubject)).contains("is not the envelope's subject");
            assertThat(reasons.get(beyondPostgresDates)).contains("+6000000-01-01", "PostgreSQL cannot store");
        }
    }

    private static ProjectProposed titled(ProjectProposed proposal, String title) {
        return new ProjectProposed(proposal.projectId(), title, proposal.description(), proposal.recipients(), proposal.area(),
                proposal.priorities(), proposal.requestedBudget(), proposal.expertiseNeeded(), proposal.effectiveDate(),
                proposal.presidencyYear());
    }

    private static ProjectProposed datedOn(ProjectProposed proposal, LocalDate effectiveDate) {
        return new ProjectProposed(proposal.projectId(), proposal.title(), proposal.description(), proposal.recipients(),
                proposal.area(), proposal.priorities(), proposal.requestedBudget(), proposal.expertiseNeeded(), effectiveDate,
                proposal.presidencyYear());
    }

    private static Map<String, String> reasons(List<ConsumerRecord<String, byte[]>> deadLetters) {
        Map<String, String> reasons = new HashMap<>();
        for (ConsumerRecord<String, byte[]> deadLetter : deadLetters) {
            var reason = deadLetter.headers().lastHeader("gp-dlt-reason");
            reasons.put(deadLetter.key(), reason == null ? null : new String(reason.value(), StandardCharsets.UTF_8));
        }
        return reasons;
    }
}
