package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard page and its scripts are served without a token (the page asks for one), while every
 * {@code /api/**} read still needs one; the local stack's token endpoint does not exist unless configured.
 */
class DashboardPageIT extends QueryServiceTestBase {

    @Test
    void thePageItsScriptsAndChartJsAreServedWithoutAToken() {
        ResponseEntity<String> page = withoutToken("/");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("webjars/chart.js/dist/chart.umd.js").contains("dashboard/main.js");

        for (String script : new String[]{"/dashboard/main.js", "/dashboard/live-stream.js", "/webjars/chart.js/dist/chart.umd.js"}) {
            ResponseEntity<String> answer = withoutToken(script);
            assertThat(answer.getStatusCode()).as(script).isEqualTo(HttpStatus.OK);
            assertThat(answer.getHeaders().getContentType().toString()).as(script).contains("javascript");
        }
        assertThat(withoutToken("/dashboard/dashboard.css").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theApiStillNeedsAToken() throws Exception {
        for (String path : new String[]{"/api/presidencies", "/api/projects", "/api/stream"}) {
            ResponseEntity<String> answer = withoutToken(path);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(json.readTree(answer.getBody()).get("type").asText()).isEqualTo("https://gp-tracker.org/problems/unauthorized");
        }
    }

    @Test
    void theTokenEndpointIsAbsentUnlessTheLocalStackConfiguresIt() throws Exception {
        ResponseEntity<String> answer = withoutToken("/dashboard/token");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/not-found");
        assertThat(answer.getBody()).doesNotContain("token\":\"");
    }

    private ResponseEntity<String> withoutToken(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(WITHOUT_TOKEN, "true");
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
