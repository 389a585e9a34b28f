package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.testsupport.TestTokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read needs a token (DESIGN §6); the audit trail and the operator endpoints need AUDITOR or
 * SECRETARIAT. Checked against every kind of caller. The answers behind the door (404 for an unknown
 * project) show the caller got through.
 */
class QueryAuthorizationIT extends QueryServiceTestBase {

    record Caller(String name, String token) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Caller NO_TOKEN = new Caller("no token", null);
    private static final Caller EXPIRED = new Caller("an expired SECRETARIAT token", TestTokens.expired("late", null, "SECRETARIAT"));
    private static final Caller FORGED = new Caller("a token signed by another key", TestTokens.signedByAnotherKey("x", null, "SECRETARIAT"));
    private static final Caller SECRETARIAT = new Caller("SECRETARIAT", TestTokens.token("sec", null, "SECRETARIAT"));
    private static final Caller AUDITOR = new Caller("AUDITOR", TestTokens.token("audit", null, "AUDITOR"));
    private static final Caller VIEWER = new Caller("VIEWER", TestTokens.token("view", null, "VIEWER"));
    private static final Caller RECIPIENT = new Caller("RECIPIENT UA", TestTokens.token("kyiv", "UA", "RECIPIENT"));
    private static final Caller DONOR = new Caller("DONOR JP", TestTokens.token("tokyo", "JP", "DONOR"));
    private static final Caller NO_ROLES = new Caller("a token with no known role", TestTokens.token("nobody", null, "OBSERVER"));
    private static final List<Caller> CALLERS = List.of(NO_TOKEN, EXPIRED, FORGED, SECRETARIAT, AUDITOR, VIEWER, RECIPIENT,
            DONOR, NO_ROLES);

    private static final Set<Caller> READERS = Set.of(SECRETARIAT, AUDITOR, VIEWER, RECIPIENT, DONOR);
    private static final Set<Caller> AUDITORS = Set.of(SECRETARIAT, AUDITOR);

    /** A path, who may read it, and what they get there. */
    record Endpoint(String path, Set<Caller> allowed, HttpStatus answer) {
    }

    private static final String UNKNOWN_PROJECT = "/api/projects/" + UUID.randomUUID();

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(UNKNOWN_PROJECT, READERS, HttpStatus.NOT_FOUND),
            new Endpoint(UNKNOWN_PROJECT + "/history", AUDITORS, HttpStatus.NOT_FOUND),
            new Endpoint("/api/projects?recipient=ZW&size=1", READERS, HttpStatus.OK),
            new Endpoint("/api/presidencies", READERS, HttpStatus.OK),
            new Endpoint("/api/presidencies/2099", READERS, HttpStatus.NOT_FOUND),
            new Endpoint("/api/presidencies/2099/projects", READERS, HttpStatus.NOT_FOUND),
            new Endpoint("/api/presidencies/2099/events", READERS, HttpStatus.OK),
            new Endpoint("/admin/rebuild", AUDITORS, HttpStatus.OK),
            new Endpoint("/actuator/prometheus", AUDITORS, HttpStatus.OK),
            new Endpoint("/actuator/health", Set.copyOf(CALLERS), HttpStatus.OK));

    @TestFactory
    Stream<DynamicTest> everyQueryAnswersEachCallerAsTheRulesSay() {
        return ENDPOINTS.stream().flatMap(endpoint -> CALLERS.stream()
                .filter(caller -> !endpoint.path().startsWith("/actuator/health") || caller == NO_TOKEN)
                .map(caller -> DynamicTest.dynamicTest("GET " + endpoint.path() + " as " + caller, () -> {
                    ResponseEntity<String> response = get(caller, endpoint.path());
                    HttpStatus expected = endpoint.allowed().contains(caller) ? endpoint.answer()
                            : caller == NO_TOKEN || caller == EXPIRED || caller == FORGED ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
                    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
                    if (expected.isError()) {
                        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                    }
                })));
    }

    @Test
    void aRequestWithoutATokenGets401AsAProblem() throws Exception {
        ResponseEntity<String> response = get(NO_TOKEN, UNKNOWN_PROJECT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/unauthorized");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefusedWithTheReason() throws Exception {
        ResponseEntity<String> response = get(EXPIRED, UNKNOWN_PROJECT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(json.readTree(response.getBody()).get("detail").asText()).containsIgnoringCase("expired");
    }

    @Test
    void theApiDocsAreOpenAndDescribeTheBearerToken() throws Exception {
        ResponseEntity<String> response = get(NO_TOKEN, "/v3/api-docs");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode docs = json.readTree(response.getBody());
        assertThat(docs.at("/components/securitySchemes/bearer-jwt/scheme").asText()).isEqualTo("bearer");
        assertThat(docs.at("/paths/~1api~1projects~1{id}/get/responses/401/description").asText()).isNotBlank();
    }

    private ResponseEntity<String> get(Caller caller, String path) {
        HttpHeaders headers = new HttpHeaders();
        if (caller.token() == null) {
            headers.set(WITHOUT_TOKEN, "true");
        } else {
            headers.setBearerAuth(caller.token());
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
