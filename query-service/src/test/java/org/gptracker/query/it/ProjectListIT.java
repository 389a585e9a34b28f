package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the list and record endpoints refuse, and how. */
class ProjectListIT extends QueryServiceTestBase {

    @Test
    void everyBadFilterOfAProjectListIsListedInOneValidationProblem() throws Exception {
        JsonNode problem = validationProblem(http.getForEntity("/api/projects?status=DONE&presidency=twenty&area=ATOMIC"
                + "&donor=XX&recipient=ua&priority=not a code&asOf=2023-02-30&page=-1&size=0", String.class));

        assertThat(fields(problem)).containsExactly("status", "presidency", "area", "donor", "recipient", "priority",
                "asOf", "page", "size");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("PROPOSED, MATCHED, FUNDED, CLOSED");
    }

    @Test
    void aPageLargerThan200IsRefused() throws Exception {
        JsonNode problem = validationProblem(http.getForEntity("/api/projects?size=201", String.class));

        assertThat(fields(problem)).containsExactly("size");
    }

    @Test
    void aBadAsOfDateIsRefusedOnEveryRecord() throws Exception {
        assertThat(fields(validationProblem(http.getForEntity("/api/projects/{id}?asOf=yesterday", String.class,
                UUID.randomUUID())))).containsExactly("asOf");
        assertThat(fields(validationProblem(http.getForEntity("/api/presidencies/2023?asOf=2023-1-1", String.class))))
                .containsExactly("asOf");
        assertThat(fields(validationProblem(http.getForEntity("/api/presidencies/2023/projects?size=500", String.class))))
                .containsExactly("size");
    }

    @Test
    void anUnknownPresidencyIsNotFound() {
        for (String path : List.of("/api/presidencies/1999", "/api/presidencies/1999/projects")) {
            ResponseEntity<String> answer = http.getForEntity(path, String.class);

            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(404);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getBody()).contains("https://gp-tracker.org/problems/not-found");
        }
    }

    @Test
    void theListsAreDocumentedInOpenApi() {
        String openApi = http.getForEntity("/v3/api-docs", String.class).getBody();

        assertThat(openApi).contains("\"/api/projects\"", "\"/api/presidencies\"", "\"/api/presidencies/{year}\"",
                "\"/api/presidencies/{year}/projects\"");
    }

    private JsonNode validationProblem(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/validation");
        return problem;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
