package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gptracker.testsupport.TestTokens;
import org.gptracker.testsupport.TopicReader;
import org.gptracker.command.audit.ActorDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A person erased is nowhere in the store nor on records sent afterwards, and every chain still verifies. */
class ErasureIT extends AuditTestBase {

    private static final String PERSON = "erasable.person@ua";

    @Autowired
    ActorDirectory actors;

    @Test
    void anErasedPersonIsNowhereInTheStoreNorOnNewRecordsAndTheChainStillVerifies() throws Exception {
        HttpHeaders asPerson = new HttpHeaders();
        asPerson.setBearerAuth(TestTokens.token(PERSON, "UA", "RECIPIENT"));
        String projectId = json.readTree(post("/api/projects", chornobylProposal(), asPerson).getBody()).get("projectId").asText();
        assertThat(post("/api/projects/" + projectId + "/revisions", "{\"title\":\"Revised by the secretariat\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String actorRef = metaData(projectId, 0, "actorRef");
        assertThat(storeMentions(PERSON)).isZero();

        ResponseEntity<String> erased = http.exchange("/api/actors/{sub}", HttpMethod.DELETE, HttpEntity.EMPTY, String.class, PERSON);

        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("select count(*) from events.actor where sub = ? or actor_ref = ?", Long.class, PERSON, actorRef))
                .isZero();
        assertThat(storeMentions(PERSON)).isZero();
        assertThat(metaData(projectId, 0, "actorRef")).isEqualTo(actorRef);
        assertThat(verify(projectId).get("verified").asBoolean()).isTrue();
        assertThat(verify(actorRef).get("verified").asBoolean()).isTrue();

        long from = jdbc.queryForObject("select min(global_index) from events.domain_event_entry where aggregate_identifier = ?",
                Long.class, projectId);
        assertThat(post("/admin/republish", "{\"fromGlobalIndex\":" + from + "}").getStatusCode()).isEqualTo(HttpStatus.OK);
        try (TopicReader topic = new TopicReader(bootstrapServers(), TOPIC)) {
            List<ConsumerRecord<String, byte[]>> records = topic.readUntil(
                    seen -> seen.stream().filter(r -> projectId.equals(r.key())).count() >= 4
                            && seen.stream().anyMatch(r -> actorRef.equals(r.key())), Duration.ofSeconds(30));
            List<JsonNode> projectRecords = records.stream().filter(r -> projectId.equals(r.key())).map(this::read).toList();
            JsonNode before = projectRecords.get(0);
            JsonNode after = projectRecords.get(projectRecords.size() - 2);
            assertThat(before.get("actor").asText()).isEqualTo(PERSON);
            assertThat(after.get("sequence").asLong()).isZero();
            assertThat(after.has("actor")).isFalse();
            assertThat(after.get("actorref").asText()).isEqualTo(actorRef);
            assertThat(after.get("hash").asText()).isEqualTo(metaData(projectId, 0, "hash"));
            JsonNode erasure = records.stream().filter(r -> actorRef.equals(r.key())).map(this::read).findFirst().orElseThrow();
            assertThat(erasure.get("type").asText()).isEqualTo("gp.audit.ActorErased.v1");
            assertThat(erasure.get("data").get("actorRef").asText()).isEqualTo(actorRef);
            assertThat(new String(records.stream().filter(r -> actorRef.equals(r.key())).findFirst().orElseThrow().value(),
                    StandardCharsets.UTF_8)).doesNotContain(PERSON);
        }
        assertThat(http.exchange("/api/actors/{sub}", HttpMethod.DELETE, HttpEntity.EMPTY, String.class, PERSON).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aReferenceFoundUnmappedIsNotLookedUpAgainWithinTheCachesTimeToLive() {
        String erasedElsewhere = UUID.randomUUID().toString();
        assertThat(actors.subOf(erasedElsewhere)).isEmpty();
        // were the store to map it now (it never does: references are not handed out again), the kept answer still holds
        jdbc.update("insert into events.actor (actor_ref, sub) values (?, ?)", erasedElsewhere, "mapped.late@ua");
        try {
            assertThat(actors.subOf(erasedElsewhere)).isEmpty();
        } finally {
            jdbc.update("delete from events.actor where actor_ref = ?", erasedElsewhere);
        }
    }

    private long storeMentions(String text) {
        return jdbc.queryForObject("""
                select count(*) from events.domain_event_entry
                where position(convert_to(?, 'UTF8') in payload) > 0 or position(convert_to(?, 'UTF8') in meta_data) > 0""",
                Long.class, text, text);
    }

    private JsonNode read(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
