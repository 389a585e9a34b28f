package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty commitments on one project at the same moment: each is stored or refused as a concurrent
 * change, never half-stored and never a server error. (Within one instance Axon's aggregate lock
 * queues them, so usually all are stored; across instances the sequence check refuses the losers,
 * which are retried on the new state before CONCURRENT_CHANGE is answered.) The database is shared
 * with the other integration tests: this one alone uses the members AU and BE and dates in 2008.
 */
class ConcurrentFundingIT extends ProjectTestBase {

    private static final int CALLS = 20;

    @Test
    void parallelCommitmentsAreEachStoredOnceOrRefusedAndTheStoredTotalMatchesTheAnswers() throws Exception {
        admit("AU", "2004-01-01");
        String projectId = propose("2008-01-10");
        String offerId = offerFunds(projectId, "AU", "1000000.00", "2008-01-11");
        assertThat(post("/api/projects/" + projectId + "/offers/" + offerId + "/accept", "{\"effectiveDate\":\"2008-01-12\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        long before = eventsOf(projectId);

        ExecutorService pool = Executors.newFixedThreadPool(CALLS);
        Map<String, BigDecimal> acceptedAmounts = new HashMap<>();
        int refused = 0;
        try {
            CyclicBarrier start = new CyclicBarrier(CALLS);
            List<Future<ResponseEntity<String>>> responses = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            for (int i = 1; i <= CALLS; i++) {
                BigDecimal amount = new BigDecimal(i * 1000 + ".25");
                amounts.add(amount);
                String body = "{\"donor\":\"AU\",\"amount\":{\"amount\":\"" + amount.toPlainString()
                        + "\",\"currency\":\"EUR\"},\"effectiveDate\":\"2008-02-01\"}";
                responses.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return postAsACarefulClient("/api/projects/" + projectId + "/commitments", body);
                }));
            }
            for (int i = 0; i < CALLS; i++) {
                ResponseEntity<String> answer = responses.get(i).get(120, TimeUnit.SECONDS);
                assertThat(answer.getStatusCode()).as(answer.getBody()).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
                if (answer.getStatusCode() == HttpStatus.CREATED) {
                    JsonNode created = body(answer);
                    assertThat(created.get("projectId").asText()).isEqualTo(projectId);
                    acceptedAmounts.put(created.get("commitmentId").asText(), amounts.get(i));
                } else {
                    assertRefused(answer, "CONCURRENT_CHANGE");
                    refused++;
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(acceptedAmounts.size() + refused).isEqualTo(CALLS);
        assertThat(acceptedAmounts).isNotEmpty();
        List<JsonNode> stored = payloadsOf(projectId, "gp.project.FundingCommitted");
        assertThat(stored).hasSize(acceptedAmounts.size());
        assertThat(eventsOf(projectId)).isEqualTo(before + acceptedAmounts.size());
        Map<String, BigDecimal> storedAmounts = new HashMap<>();
        for (JsonNode commitment : stored) {
            assertThat(commitment.get("amount").get("currency").asText()).isEqualTo("EUR");
            storedAmounts.put(commitment.get("commitmentId").asText(), new BigDecimal(commitment.get("amount").get("amount").asText()));
        }
        assertThat(storedAmounts).isEqualTo(acceptedAmounts);
        assertThat(storedAmounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(acceptedAmounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        assertSequencesWithoutGaps(projectId, before + acceptedAmounts.size());
    }

    @Test
    void parallelDisbursementsNeverTogetherExceedTheCommitment() throws Exception {
        admit("BE", "2004-01-01");
        String projectId = propose("2008-03-10");
        String offerId = offerFunds(projectId, "BE", "1000.00", "2008-03-11");
        assertThat(post("/api/projects/" + projectId + "/offers/" + offerId + "/accept", "{\"effectiveDate\":\"2008-03-12\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("/api/projects/" + projectId + "/commitments",
                "{\"donor\":\"BE\",\"amount\":{\"amount\":\"1000.00\",\"currency\":\"EUR\"},\"effectiveDate\":\"2008-03-13\"}")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long before = eventsOf(projectId);

        // 20 payments of 100.00 against a commitment of 1000.00: at most 10 fit
        ExecutorService pool = Executors.newFixedThreadPool(CALLS);
        int paid = 0;
        try {
            CyclicBarrier start = new CyclicBarrier(CALLS);
            List<Future<ResponseEntity<String>>> responses = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                responses.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return postAsACarefulClient("/api/projects/" + projectId + "/disbursements",
                            "{\"donor\":\"BE\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},\"effectiveDate\":\"2008-04-01\"}");
                }));
            }
            for (Future<ResponseEntity<String>> response : responses) {
                ResponseEntity<String> answer = response.get(120, TimeUnit.SECONDS);
                assertThat(answer.getStatusCode()).as(answer.getBody()).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
                if (answer.getStatusCode() == HttpStatus.CREATED) {
                    paid++;
                } else {
                    assertThat(body(answer).get("code").asText()).isIn("DISBURSEMENT_EXCEEDS_COMMITMENT", "CONCURRENT_CHANGE");
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(paid).isBetween(1, 10);
        List<JsonNode> stored = payloadsOf(projectId, "gp.project.FundsDisbursed");
        assertThat(stored).hasSize(paid);
        BigDecimal total = stored.stream().map(p -> new BigDecimal(p.get("amount").get("amount").asText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isLessThanOrEqualTo(new BigDecimal("1000.00"));
        assertSequencesWithoutGaps(projectId, before + paid);
    }

    private void assertSequencesWithoutGaps(String projectId, long expectedEvents) {
        List<Long> sequences = jdbc.queryForList(
                "select sequence_number from events.domain_event_entry where aggregate_identifier = ? order by sequence_number",
                Long.class, projectId);
        assertThat(sequences).hasSize((int) expectedEvents);
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo((long) i);
        }
    }

    /**
     * Twenty requests on one aggregate queue behind its lock, each holding a pooled connection meanwhile; on a
     * busy machine the last ones can wait longer than the pool's bounded wait and are answered 503 with nothing
     * stored. A careful client tries those again after a moment, as Retry-After says.
     */
    private ResponseEntity<String> postAsACarefulClient(String path, String body) throws InterruptedException {
        ResponseEntity<String> answer = post(path, body);
        for (int attempt = 1; answer.getStatusCode() == HttpStatus.SERVICE_UNAVAILABLE && attempt < 10; attempt++) {
            Thread.sleep(200);
            answer = post(path, body);
        }
        return answer;
    }
}
