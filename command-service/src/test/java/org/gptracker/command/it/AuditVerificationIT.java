package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ConnectionCallback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each way of tampering with the store by SQL is found, with its reason, aggregate and sequence. */
class AuditVerificationIT extends AuditTestBase {

    private static final List<String> REASONS = List.of("HASH_MISMATCH", "CHAIN_MISMATCH", "MISSING_EVENT", "HEAD_MISSING");
    /** The order the breaks are listed in: aggregate id, sequence, reason. */
    private static final Comparator<JsonNode> BREAK_ORDER = Comparator
            .<JsonNode, String>comparing(each -> each.get("aggregateId").asText())
            .thenComparingLong(each -> each.get("sequence").asLong())
            .thenComparing(each -> REASONS.indexOf(each.get("reason").asText()));

    @Test
    void anUntouchedChainVerifies() throws Exception {
        String projectId = projectWithFiveEvents();

        JsonNode verification = verify(projectId);

        assertThat(verification.get("verified").asBoolean()).isTrue();
        assertThat(verification.get("events").asLong()).isEqualTo(5);
        assertThat(verification.get("aggregates").asLong()).isEqualTo(1);
        assertThat(verification.get("breaks")).isEmpty();
        assertThat(verification.get("checkedAt").asText()).isNotBlank();
        assertThat(metaData(projectId, 0, "prevHash")).isEqualTo("0".repeat(64));
        assertThat(metaData(projectId, 1, "prevHash")).isEqualTo(metaData(projectId, 0, "hash"));
    }

    @Test
    void aPayloadByteChangedBySqlIsAHashMismatch() throws Exception {
        String projectId = projectWithFiveEvents();
        jdbc.update("""
                update events.domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), 'take 2', 'take 7'), 'UTF8')
                where aggregate_identifier = ? and sequence_number = 2""", projectId);

        assertBreaks(verify(projectId), projectId, "HASH_MISMATCH@2");
    }

    @Test
    void anEventDeletedFromTheMiddleIsAMissingEvent() throws Exception {
        String projectId = projectWithFiveEvents();
        jdbc.update("delete from events.domain_event_entry where aggregate_identifier = ? and sequence_number = 2", projectId);

        assertBreaks(verify(projectId), projectId, "MISSING_EVENT@2");
    }

    @Test
    void aRewrittenActorIsAHashMismatch() throws Exception {
        String projectId = projectWithFiveEvents();
        String actorRef = metaData(projectId, 1, "actorRef");
        jdbc.update("""
                update events.domain_event_entry set meta_data = convert_to(replace(convert_from(meta_data, 'UTF8'), ?, 'someone-else'), 'UTF8')
                where aggregate_identifier = ? and sequence_number = 1""", actorRef, projectId);

        assertBreaks(verify(projectId), projectId, "HASH_MISMATCH@1");
    }

    @Test
    void aHashNoLongerInLowercaseHexIsAHashMismatchAndItsSuccessorIsNotBlamed() throws Exception {
        String projectId = projectWithFiveEvents();
        String hash = metaData(projectId, 2, "hash");
        // still a string, so the relay sends it on as it is; a hash of another type would halt the relay
        jdbc.update("""
                update events.domain_event_entry
                set meta_data = convert_to(replace(convert_from(meta_data, 'UTF8'), ?, upper(?)), 'UTF8')
                where aggregate_identifier = ? and sequence_number = 2""", hash, hash, projectId);

        assertBreaks(verify(projectId), projectId, "HASH_MISMATCH@2");
    }

    @Test
    void aRewrittenEffectiveDateIsAHashMismatch() throws Exception {
        String projectId = projectWithFiveEvents();
        jdbc.update("""
                update events.domain_event_entry
                set payload = convert_to(regexp_replace(convert_from(payload, 'UTF8'), '"effectiveDate":"[0-9-]+"', '"effectiveDate":"2020-01-01"'), 'UTF8')
                where aggregate_identifier = ? and sequence_number = 3""", projectId);

        assertBreaks(verify(projectId), projectId, "HASH_MISMATCH@3");
    }

    @Test
    void twoSwappedEventsAreHashMismatchesAndTheirSuccessorNoLongerLinks() throws Exception {
        String projectId = projectWithFiveEvents();
        jdbc.update("""
                update events.domain_event_entry e set payload = o.payload, meta_data = o.meta_data, time_stamp = o.time_stamp
                from events.domain_event_entry o
                where e.aggregate_identifier = ? and o.aggregate_identifier = e.aggregate_identifier
                  and e.sequence_number in (1, 2) and o.sequence_number = 3 - e.sequence_number""", projectId);

        assertBreaks(verify(projectId), projectId, "HASH_MISMATCH@1, HASH_MISMATCH@2, CHAIN_MISMATCH@3");
    }

    @Test
    void aForgedEventAppendedBySqlIsAHashMismatch() throws Exception {
        String projectId = projectWithFiveEvents();
        String head = metaData(projectId, 4, "hash");
        jdbc.update("""
                insert into events.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                       payload_type, payload_revision, payload, meta_data)
                select gen_random_uuid()::text, aggregate_identifier, 5, type, time_stamp, payload_type, payload_revision,
                       convert_to(replace(convert_from(payload, 'UTF8'), 'take 4', 'forged'), 'UTF8'),
                       convert_to(jsonb_set(convert_from(meta_data, 'UTF8')::jsonb, '{prevHash}', to_jsonb(?::text))::text, 'UTF8')
                from events.domain_event_entry where aggregate_identifier = ? and sequence_number = 4""", head, projectId);

        assertBreaks(verify(projectId), projectId, "HASH_MISMATCH@5");
    }

    @Test
    void theLastEventsDeletedAfterADigestAreAMissingHead() throws Exception {
        String projectId = projectWithFiveEvents();
        recordDigest();
        jdbc.update("delete from events.domain_event_entry where aggregate_identifier = ? and sequence_number >= 3", projectId);

        assertBreaks(verify(projectId), projectId, "HEAD_MISSING@4");
    }

    @Test
    void theWholeStoreIsVerifiedInOneSnapshotWithItsBreaksSortedByAggregateSequenceAndReason() throws Exception {
        List<String> projects = new ArrayList<>();
        for (int project = 0; project < 6; project++) {
            projects.add(projectWithFiveEvents());
        }
        for (String projectId : projects) {
            jdbc.update("delete from events.domain_event_entry where aggregate_identifier = ? and sequence_number = 3", projectId);
            jdbc.update("""
                    update events.domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), 'take 1', 'take 9'), 'UTF8')
                    where aggregate_identifier = ? and sequence_number = 1""", projectId);
        }

        JsonNode verification = json.readTree(http.getForEntity("/api/audit/verify", String.class).getBody());

        assertThat(verification.get("verified").asBoolean()).isFalse();
        assertThat(verification.get("events").asLong()).isEqualTo(storedEvents());
        assertThat(verification.get("aggregates").asLong()).isEqualTo(
                jdbc.queryForObject("select count(distinct aggregate_identifier) from events.domain_event_entry", Long.class));
        List<JsonNode> listed = new ArrayList<>();
        verification.get("breaks").forEach(listed::add);
        List<String> breaks = listed.stream().map(each -> each.get("aggregateId").asText() + " "
                + each.get("reason").asText() + "@" + each.get("sequence").asLong()).toList();
        for (String projectId : projects) {
            assertThat(breaks).containsSubsequence(projectId + " HASH_MISMATCH@1", projectId + " MISSING_EVENT@3");
        }
        assertThat(listed).isSortedAccordingTo(BREAK_ORDER);
    }

    @Test
    void beyondAThousandBreaksTheFirstThousandInOrderAreListedTheSameEachTimeAndTheRestCounted() throws Exception {
        try {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try {
                    BacklogRows.store(connection, UUID.randomUUID().toString(), 1, 1100, 1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });

            JsonNode verification = json.readTree(http.getForEntity("/api/audit/verify", String.class).getBody());
            JsonNode again = json.readTree(http.getForEntity("/api/audit/verify", String.class).getBody());

            assertThat(verification.get("breaks")).hasSize(1000);
            assertThat(verification.get("breaks").size() + verification.get("breaksOmitted").asLong()).isGreaterThanOrEqualTo(1100);
            assertThat(again.get("breaks")).isEqualTo(verification.get("breaks"));
            assertThat(again.get("breaksOmitted")).isEqualTo(verification.get("breaksOmitted"));
            List<JsonNode> listed = new ArrayList<>();
            verification.get("breaks").forEach(listed::add);
            assertThat(listed).isSortedAccordingTo(BREAK_ORDER);
        } finally {
            BacklogRows.removeAll(jdbc);
        }
    }

    @Test
    void onlyAuditorsAndTheSecretariatMayVerify() {
        assertThat(getAs("/api/audit/verify", TestTokens.token("auditor-1", null, "AUDITOR")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(getAs("/api/audit/verify", TestTokens.token("donor-1", "CA", "DONOR")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postAs("/api/audit/digests", TestTokens.token("auditor-1", null, "AUDITOR")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> getAs(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(bearer(token)), String.class);
    }

    private ResponseEntity<String> postAs(String path, String token) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>("", bearer(token)), String.class);
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }
}
