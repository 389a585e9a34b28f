package org.gptracker.command.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command endpoint refuses a body over 1 MB with 413 problem+json and stores nothing. */
class OversizedBodiesIT extends CommandServiceTestBase {

    private static final String PROJECT = "/api/projects/5b4f3a2e-1c0d-4e9f-8a7b-6c5d4e3f2a10";
    private static final String OFFER = PROJECT + "/offers/1b8e3c0d-7f2a-4b4c-8d5e-6f7a8b9c0d1e";

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/presidencies", "/api/presidencies/2023/priorities", "/api/presidencies/2023/close",
            "/api/members", "/api/members/CA/suspension", "/api/members/CA/reinstatement",
            "/api/projects", PROJECT + "/revisions", PROJECT + "/offers", OFFER + "/accept", OFFER + "/decline",
            OFFER + "/withdraw", PROJECT + "/commitments", PROJECT + "/disbursements", PROJECT + "/close"})
    void anOversizedBodyIsRefusedWith413(String path) {
        long before = storedEvents();

        ResponseEntity<String> response = post(path, "{\"summary\":\"" + "x".repeat(1_100_000) + "\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(storedEvents()).isEqualTo(before);
    }
}
