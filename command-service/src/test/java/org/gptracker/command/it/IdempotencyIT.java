package org.gptracker.command.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A request repeated with its Idempotency-Key gets the first answer and stores nothing new. */
class IdempotencyIT extends CommandServiceTestBase {

    private final ObjectMapper json = new ObjectMapper();

    private static HttpHeaders key(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("Idempotency-Key", key);
        return headers;
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("select count(*) from events.domain_event_entry where aggregate_identifier = ?", Long.class, aggregateId);
    }

    @Test
    void aRepeatedRequestGetsTheFirstAnswerAndStoresNothingNew() throws Exception {
        String key = UUID.randomUUID().toString();
        String admitChile = "{\"country\":\"CL\",\"admittedOn\":\"2011-05-01\"}";

        ResponseEntity<String> first = post("/api/members", admitChile, key(key));
        ResponseEntity<String> repeat = post("/api/members", admitChile, key(key));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(repeat.getBody())).isEqualTo(json.readTree(first.getBody()));
        assertThat(repeat.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(repeat.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventsOf("CL")).isEqualTo(1);
    }

    @Test
    void aRepeatedProposalAnswersTheSameProjectId() throws Exception {
        String key = UUID.randomUUID().toString();

        String first = json.readTree(post("/api/projects", chornobylProposal(), key(key)).getBody()).get("projectId").asText();
        String repeat = json.readTree(post("/api/projects", chornobylProposal(), key(key)).getBody()).get("projectId").asText();

        assertThat(repeat).isEqualTo(first);
        assertThat(eventsOf(first)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIs422AndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        post("/api/members", "{\"country\":\"AR\",\"admittedOn\":\"2011-05-01\"}", key(key));
        long stored = storedEvents();

        ResponseEntity<String> reused = post("/api/members", "{\"country\":\"UY\",\"admittedOn\":\"2011-05-01\"}", key(key));

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(reused.getBody()).get("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(storedEvents()).isEqualTo(stored);
        assertThat(eventsOf("UY")).isZero();
    }

    @Test
    void aBlankKeyIsRefused() throws Exception {
        ResponseEntity<String> response = post("/api/members", "{\"country\":\"PY\",\"admittedOn\":\"2011-05-01\"}", key(" "));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(eventsOf("PY")).isZero();
    }

    @Test
    void concurrentRepeatsOfOneRequestStoreItOnceAndAllGetItsAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String admitBrazil = "{\"country\":\"BR\",\"admittedOn\":\"2011-05-01\"}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<ResponseEntity<String>> repeat = () -> post("/api/members", admitBrazil, key(key));
                answers.add(pool.submit(repeat));
            }
            for (Future<ResponseEntity<String>> answer : answers) {
                ResponseEntity<String> response = answer.get();
                assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
                assertThat(json.readTree(response.getBody()).get("country").asText()).isEqualTo("BR");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventsOf("BR")).isEqualTo(1);
    }
}
