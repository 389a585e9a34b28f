package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HttpContractIT extends QueryServiceTestBase {

    @Test
    void anUnknownProjectIsANotFoundProblem() throws Exception {
        JsonNode problem = problem(getProject(UUID.randomUUID().toString()), 404);

        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/not-found");
    }

    @Test
    void aProjectIdThatIsNotAUuidIsAValidationProblem() throws Exception {
        JsonNode problem = problem(getProject("GP-2025-0001"), 400);

        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/validation");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("id");
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("'GP-2025-0001' is not a UUID");
    }

    @Test
    void anUnknownPathIsANotFoundProblemEvenForABrowser() throws Exception {
        HttpHeaders browser = new HttpHeaders();
        browser.setAccept(List.of(MediaType.TEXT_HTML));

        JsonNode problem = problem(http.exchange("/api/nothing-here", HttpMethod.GET, new HttpEntity<>(browser), String.class), 404);

        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/not-found");
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblem() throws Exception {
        ResponseEntity<String> response = http.exchange("/api/projects/{id}", HttpMethod.DELETE, null, String.class, UUID.randomUUID());

        JsonNode problem = problem(response, 405);
        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/method-not-allowed");
        assertThat(response.getHeaders().getAllow()).contains(HttpMethod.GET);
    }

    @Test
    void healthMetricsAndApiDocsAreServed() {
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getBody()).contains("\"UP\"");
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getBody()).contains("\"UP\"");
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getBody())
                .contains("gp_projection_sequence_gaps_total", "gp_events_dead_lettered_total", "gp_projection_duplicates_total");
        assertThat(http.getForEntity("/v3/api-docs", String.class).getBody()).contains("/api/projects/{id}");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode().is2xxSuccessful()).isTrue();
    }

    private JsonNode problem(ResponseEntity<String> response, int status) throws Exception {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).doesNotContain("Exception", "\tat ", "org.springframework");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }
}
