package org.gptracker.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's erasure on both packaged services: a person imports a project, proposes and revises another, the
 * secretariat erases them, another person revises that project; then the person's sub is nowhere in the event store,
 * on the records published after the erasure or in the read models, history keeps their events by reference only, and
 * every chain verifies.
 */
class ErasureEndToEndIT {

    private static final String PERSON = "erin-erasable";
    private static final String OTHER = "it-secretariat";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static RunningServices services;
    private static EventTopic topic;
    private static JsonHttp auditor;
    private static String projectId;
    private static String actorRef;
    private static Map<String, Long> storeBefore;
    private static Map<String, Long> readModelsBefore;
    private static List<ConsumerRecord<String, byte[]>> publishedAfter;
    private static JsonHttp.Response history;

    @BeforeAll
    static void aPersonActsAndIsErasedWhileAnotherActsOn() throws Exception {
        services = RunningServices.start(ErasureEndToEndIT.class);
        topic = new EventTopic(services.kafkaBootstrapServers(), services.topic());
        auditor = new JsonHttp(services.token("it-auditor", null, "AUDITOR"));
        JsonHttp person = new JsonHttp(services.token(PERSON, null, "SECRETARIAT"));
        JsonHttp secretariat = services.asSecretariat();

        importAProject(person);
        JsonHttp.Response proposed = person.post(services.command("/api/projects"), ProposalRoundTripIT.CHORNOBYL_PROPOSAL);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        projectId = proposed.json().get("projectId").asText();
        revise(person, "Physical protection at the Chornobyl site, revised by its proposer");
        JsonHttp.Response before = awaitHistory(events -> events.size() == 2);
        assertThat(before.json().get("events")).as(before.body()).hasSize(2)
                .allSatisfy(event -> assertThat(event.get("actor").asText()).isEqualTo(PERSON));
        actorRef = before.json().get("events").get(0).get("actorRef").asText();
        storeBefore = mentionsInStore();
        readModelsBefore = mentionsInReadModels();
        Map<TopicPartition, Long> erasureOffsets = topic.endOffsets();

        JsonHttp.Response erased = secretariat.delete(services.command("/api/actors/" + PERSON));
        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        revise(secretariat, "Physical protection at the Chornobyl site, revised by the secretariat");

        history = awaitHistory(events -> events.size() == 3 && personsEvents(events).stream().allMatch(event -> event.path("actor").isNull()));
        publishedAfter = topic.readFrom(erasureOffsets, records -> records.stream().anyMatch(record -> projectId.equals(record.key()))
                && records.stream().anyMatch(record -> actorRef.equals(record.key())), PATIENCE);
    }

    @AfterAll
    static void stopServices() {
        if (topic != null) {
            topic.close();
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    void anErasedPersonsSubIsNowhereInTheEventStore() throws Exception {
        assertThat(storeBefore).as("before the erasure, only the actor table and the import run name the person")
                .containsOnlyKeys("events.actor.sub", "events.import_run.actor");

        assertThat(mentionsInStore()).as("columns of the event store holding " + PERSON).isEmpty();
    }

    @Test
    void anErasedPersonsSubIsOnNoRecordPublishedAfterTheErasure() {
        assertThat(publishedAfter).as("the other person's revision and the erasure were published")
                .anyMatch(record -> projectId.equals(record.key()))
                .anyMatch(record -> actorRef.equals(record.key()));

        assertThat(publishedAfter).as("records published after the erasure")
                .noneMatch(record -> text(record).contains(PERSON));
    }

    @Test
    void anErasedPersonsSubIsNowhereInAnyReadModel() throws Exception {
        assertThat(readModelsBefore).as("before the erasure, the audit trail names the person").containsKey("read.event_log.actor");

        assertThat(mentionsInReadModels()).as("columns of the query database holding " + PERSON).isEmpty();
    }

    @Test
    void historyShowsAnErasedPersonsEventsByReferenceWithoutAName() {
        List<JsonNode> events = events(history);

        assertThat(events).as(history.body()).hasSize(3);
        assertThat(personsEvents(events).stream().map(event -> event.get("sequence").asLong()).toList()).containsExactly(0L, 1L);
        assertThat(personsEvents(events)).allSatisfy(event -> {
            assertThat(event.has("actor")).as("the actor is shown, as null").isTrue();
            assertThat(event.get("actor").isNull()).as(event.toString()).isTrue();
        });
        assertThat(events.get(2).get("actor").asText()).isEqualTo(OTHER);
        assertThat(events.get(2).get("actorRef").asText()).isNotEqualTo(actorRef);
    }

    @Test
    void everyChainStillVerifiesAfterAnErasure() {
        JsonHttp.Response verification = auditor.get(services.command("/api/audit/verify"));

        assertThat(verification.status()).as(verification.body()).isEqualTo(200);
        assertThat(verification.json().get("verified").asBoolean()).as(verification.body()).isTrue();
        assertThat(verification.json().get("breaks")).isEmpty();
        assertThat(verification.json().get("events").asLong()).isGreaterThanOrEqualTo(3);
    }

    /** A one-row lifecycle CSV import, which keeps who started it. */
    private static void importAProject(JsonHttp client) throws Exception {
        JsonHttp.Response accepted = client.postFile(services.command("/api/imports"), "text/csv",
                "project,step,effectiveDate,title,description,recipients,area,priorities,amount,currency,donor,kind,offer,outcome,reason\n"
                        + "ERIN-1,PROPOSE,2023-02-01,Secure radioactive sources in Benin,Imported,BJ,RADIOLOGICAL,AFRICA,100000.00,EUR,,,,,\n");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        URI progress = services.command("/api/imports/" + accepted.json().get("importId").asText());
        JsonHttp.Response done = Await.until(PATIENCE, () -> client.get(progress),
                response -> response.status() == 200 && !"RUNNING".equals(response.json().get("state").asText()));
        assertThat(done.json().get("projectsApplied").asInt()).as(done.body()).isEqualTo(1);
    }

    private static void revise(JsonHttp client, String title) {
        JsonHttp.Response revised = client.post(services.command("/api/projects/" + projectId + "/revisions"),
                "{\"title\":\"" + title + "\"}");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
    }

    private static JsonHttp.Response awaitHistory(Predicate<List<JsonNode>> done) {
        return auditor.getUntil(services.query("/api/projects/" + projectId + "/history"),
                response -> response.status() == 200 && done.test(events(response)), PATIENCE);
    }

    private static List<JsonNode> events(JsonHttp.Response response) {
        List<JsonNode> events = new ArrayList<>();
        response.json().get("events").forEach(events::add);
        return events;
    }

    private static List<JsonNode> personsEvents(List<JsonNode> events) {
        return events.stream().filter(event -> event.get("actorRef").asText().equals(actorRef)).toList();
    }

    private static Map<String, Long> mentionsInStore() throws Exception {
        try (Connection database = services.commandDatabase()) {
            return Mentions.of(PERSON, database);
        }
    }

    private static Map<String, Long> mentionsInReadModels() throws Exception {
        try (Connection database = services.queryDatabase()) {
            return Mentions.of(PERSON, database);
        }
    }

    /** The record as a reader sees it: key, headers and value. */
    private static String text(ConsumerRecord<String, byte[]> record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.key()));
        for (Header header : record.headers()) {
            text.append('\n').append(header.key()).append(": ").append(new String(header.value(), StandardCharsets.UTF_8));
        }
        byte[] value = record.value() == null ? new byte[0] : record.value();
        return text.append('\n').append(new String(value, StandardCharsets.UTF_8)).toString();
    }
}
