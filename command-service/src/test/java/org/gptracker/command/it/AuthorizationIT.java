package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every kind of caller (DESIGN §6): no token, an expired one, one signed by a
 * stranger's key, each role, and a recipient or donor of the wrong state. Refused calls store nothing.
 *
 * <p>States used only here: recipients KE (the right one) and TZ; donors CH (the right one) and IE;
 * member LT and presidency 2601 for the secretariat-only endpoints.
 */
class AuthorizationIT extends CommandServiceTestBase {

    private static final String RECIPIENT = "KE";
    private static final String DONOR = "CH";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A kind of caller, with the token it sends (null: none). */
    record Caller(String name, String token) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Caller NO_TOKEN = new Caller("no token", null);
    private static final Caller EXPIRED = new Caller("an expired SECRETARIAT token",
            TestTokens.expired("late", null, "SECRETARIAT"));
    private static final Caller FORGED = new Caller("a SECRETARIAT token signed by another key",
            TestTokens.signedByAnotherKey("forger", null, "SECRETARIAT"));
    private static final Caller SECRETARIAT = new Caller("SECRETARIAT", TestTokens.token("sec", null, "SECRETARIAT"));
    private static final Caller RECIPIENT_KE = new Caller("RECIPIENT KE", TestTokens.token("nairobi", "KE", "RECIPIENT"));
    private static final Caller RECIPIENT_TZ = new Caller("RECIPIENT TZ (wrong state)", TestTokens.token("dodoma", "TZ", "RECIPIENT"));
    private static final Caller DONOR_CH = new Caller("DONOR CH", TestTokens.token("bern", "CH", "DONOR"));
    private static final Caller DONOR_IE = new Caller("DONOR IE (wrong state)", TestTokens.token("dublin", "IE", "DONOR"));
    private static final Caller AUDITOR = new Caller("AUDITOR", TestTokens.token("audit", null, "AUDITOR"));
    private static final Caller VIEWER = new Caller("VIEWER", TestTokens.token("view", null, "VIEWER"));
    private static final Caller NO_ROLES = new Caller("a token with no known role", TestTokens.token("nobody", "KE", "OBSERVER"));

    /** Secretariat-only endpoints succeed once, so their secretariat call comes last. */
    private static final List<Caller> CALLERS = List.of(NO_TOKEN, EXPIRED, FORGED, RECIPIENT_KE, RECIPIENT_TZ, DONOR_CH,
            DONOR_IE, AUDITOR, VIEWER, NO_ROLES, SECRETARIAT);

    /** What one call sends; made afresh for each caller, so an allowed call meets a state that allows it. */
    record Call(HttpMethod method, String path, String body) {
    }

    record Endpoint(String name, Set<Caller> allowed, Supplier<Call> prepare) {
    }

    private static boolean membersAdmitted;

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachCallerAsTheRulesSay() {
        admitDonorsOnce();
        return endpoints().stream().flatMap(endpoint -> CALLERS.stream().map(caller -> DynamicTest.dynamicTest(
                endpoint.name() + " as " + caller + " → " + expected(endpoint, caller),
                () -> check(endpoint, caller))));
    }

    @Test
    void aDonorCannotCommitFundingInAnotherStatesNameAndTheAttemptStoresNothing() throws Exception {
        admitDonorsOnce();
        String projectId = partnerProject();
        long before = storedEvents();

        ResponseEntity<String> asIreland = send(DONOR_IE, new Call(HttpMethod.POST, "/api/projects/" + projectId + "/commitments",
                "{\"donor\":\"CH\",\"amount\":{\"amount\":\"100000.00\",\"currency\":\"EUR\"}}"));
        ResponseEntity<String> irelandAsItself = send(DONOR_IE, new Call(HttpMethod.POST, "/api/projects/" + projectId + "/commitments",
                "{\"donor\":\"IE\",\"amount\":{\"amount\":\"100000.00\",\"currency\":\"EUR\"}}"));

        assertThat(asIreland.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asIreland.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JSON.readTree(asIreland.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/forbidden");
        assertThat(problem.get("detail").asText()).contains("IE", "CH");
        // its own name gets past access control and meets the domain rule instead: IE is no partner here
        assertThat(irelandAsItself.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRequestWithoutATokenIsToldHowToAuthenticate() throws Exception {
        ResponseEntity<String> response = send(NO_TOKEN, new Call(HttpMethod.POST, "/api/projects", proposal(RECIPIENT)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(JSON.readTree(response.getBody()).get("type").asText()).isEqualTo("https://gp-tracker.org/problems/unauthorized");
    }

    @Test
    void healthStaysOpenWithoutAToken() {
        assertThat(send(NO_TOKEN, new Call(HttpMethod.GET, "/actuator/health", null)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(send(NO_TOKEN, new Call(HttpMethod.GET, "/v3/api-docs", null)).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theApiDocsDescribeTheBearerTokenAndItsProblems() throws Exception {
        JsonNode docs = JSON.readTree(send(NO_TOKEN, new Call(HttpMethod.GET, "/v3/api-docs", null)).getBody());

        assertThat(docs.at("/components/securitySchemes/bearer-jwt/scheme").asText()).isEqualTo("bearer");
        JsonNode commit = docs.at("/paths/~1api~1projects~1{projectId}~1commitments/post");
        assertThat(commit.at("/responses/401/description").asText()).isNotBlank();
        assertThat(commit.at("/responses/403/description").asText()).isNotBlank();
    }

    @Test
    void theTokenMintingEndpointDoesNotExistOutsideTheLocalStackProfile() {
        ResponseEntity<String> response = send(SECRETARIAT, new Call(HttpMethod.POST, "/dev/tokens",
                "{\"sub\":\"alice\",\"roles\":[\"SECRETARIAT\"],\"country\":null}"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send(NO_TOKEN, new Call(HttpMethod.POST, "/dev/tokens", "{\"sub\":\"alice\",\"roles\":[\"SECRETARIAT\"]}"))
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private List<Endpoint> endpoints() {
        Set<Caller> secretariat = Set.of(SECRETARIAT);
        Set<Caller> recipient = Set.of(SECRETARIAT, RECIPIENT_KE);
        Set<Caller> donor = Set.of(SECRETARIAT, DONOR_CH);
        Set<Caller> observers = Set.of(SECRETARIAT, AUDITOR);
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("POST /api/projects", recipient,
                () -> new Call(HttpMethod.POST, "/api/projects", proposal(RECIPIENT))));
        endpoints.add(new Endpoint("POST /api/projects/{id}/revisions", recipient,
                () -> new Call(HttpMethod.POST, "/api/projects/" + proposed() + "/revisions", "{\"title\":\"Revised title\"}")));
        endpoints.add(new Endpoint("POST /api/projects/{id}/offers", donor,
                () -> new Call(HttpMethod.POST, "/api/projects/" + proposed() + "/offers", fundsFrom(DONOR))));
        endpoints.add(new Endpoint("POST …/offers/{offerId}/accept", recipient,
                () -> new Call(HttpMethod.POST, openOffer() + "/accept", null)));
        endpoints.add(new Endpoint("POST …/offers/{offerId}/decline", recipient,
                () -> new Call(HttpMethod.POST, openOffer() + "/decline", "{\"reason\":\"not needed\"}")));
        endpoints.add(new Endpoint("POST …/offers/{offerId}/withdraw", donor,
                () -> new Call(HttpMethod.POST, openOffer() + "/withdraw", null)));
        endpoints.add(new Endpoint("POST /api/projects/{id}/commitments", donor,
                () -> new Call(HttpMethod.POST, "/api/projects/" + partnerProject() + "/commitments", money(DONOR))));
        endpoints.add(new Endpoint("POST /api/projects/{id}/disbursements", donor,
                () -> new Call(HttpMethod.POST, "/api/projects/" + fundedProject() + "/disbursements", money(DONOR))));
        endpoints.add(new Endpoint("POST /api/projects/{id}/close", secretariat,
                () -> new Call(HttpMethod.POST, "/api/projects/" + proposed() + "/close",
                        "{\"outcome\":\"WITHDRAWN\",\"summary\":\"no longer needed\"}")));
        endpoints.add(new Endpoint("POST /api/members", secretariat,
                () -> new Call(HttpMethod.POST, "/api/members", "{\"country\":\"LT\",\"admittedOn\":\"2004-05-01\"}")));
        endpoints.add(new Endpoint("POST /api/members/{country}/suspension", secretariat,
                () -> new Call(HttpMethod.POST, "/api/members/LT/suspension", "{\"since\":\"2020-01-01\",\"reason\":\"arrears\"}")));
        endpoints.add(new Endpoint("POST /api/members/{country}/reinstatement", secretariat,
                () -> new Call(HttpMethod.POST, "/api/members/LT/reinstatement", "{\"since\":\"2021-01-01\"}")));
        endpoints.add(new Endpoint("POST /api/presidencies", secretariat,
                () -> new Call(HttpMethod.POST, "/api/presidencies",
                        "{\"year\":2601,\"chair\":\"CH\",\"startsOn\":\"2601-01-01\",\"endsOn\":\"2601-12-31\",\"priorities\":[]}")));
        endpoints.add(new Endpoint("POST /api/presidencies/{year}/priorities", secretariat,
                () -> new Call(HttpMethod.POST, "/api/presidencies/2601/priorities", "{\"code\":\"BIO\",\"title\":\"Biosecurity\"}")));
        endpoints.add(new Endpoint("POST /api/presidencies/{year}/handover", secretariat,
                () -> new Call(HttpMethod.POST, "/api/presidencies/2601/handover", "{\"chair\":\"IE\",\"since\":\"2601-06-01\"}")));
        endpoints.add(new Endpoint("POST /api/presidencies/{year}/close", secretariat,
                () -> new Call(HttpMethod.POST, "/api/presidencies/2601/close", "{\"closedOn\":\"2601-12-31\"}")));
        endpoints.add(new Endpoint("GET /admin/aggregates", observers,
                () -> new Call(HttpMethod.GET, "/admin/aggregates?type=Presidency", null)));
        endpoints.add(new Endpoint("GET /actuator/prometheus", observers,
                () -> new Call(HttpMethod.GET, "/actuator/prometheus", null)));
        return endpoints;
    }

    private static String expected(Endpoint endpoint, Caller caller) {
        if (caller == NO_TOKEN || caller == EXPIRED || caller == FORGED) {
            return "401";
        }
        return endpoint.allowed().contains(caller) ? "2xx" : "403";
    }

    private void check(Endpoint endpoint, Caller caller) {
        Call call = endpoint.prepare().get();
        long before = storedEvents();

        ResponseEntity<String> response = send(caller, call);

        String expected = expected(endpoint, caller);
        if (expected.equals("2xx")) {
            assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getStatusCode() + " " + response.getBody()).isTrue();
            return;
        }
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(Integer.parseInt(expected));
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).doesNotContain("Exception");
        assertThat(storedEvents()).as("events stored by a refused call").isEqualTo(before);
    }

    private ResponseEntity<String> send(Caller caller, Call call) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (caller.token() == null) {
            headers.set(WITHOUT_TOKEN, "true");
        } else {
            headers.setBearerAuth(caller.token());
        }
        return http.exchange(call.path(), call.method(), new HttpEntity<>(call.body(), headers), String.class);
    }

    private void admitDonorsOnce() {
        if (!membersAdmitted) {
            for (String donor : List.of(DONOR, "IE")) {
                HttpStatus status = HttpStatus.valueOf(post("/api/members",
                        "{\"country\":\"" + donor + "\",\"admittedOn\":\"2002-06-27\"}").getStatusCode().value());
                assertThat(status).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
            }
            membersAdmitted = true;
        }
    }

    private String proposed() {
        return id(post("/api/projects", proposal(RECIPIENT)), "projectId");
    }

    private String openOffer() {
        String projectId = proposed();
        return "/api/projects/" + projectId + "/offers/" + id(post("/api/projects/" + projectId + "/offers", fundsFrom(DONOR)), "offerId");
    }

    private String partnerProject() {
        String offer = openOffer();
        assertThat(post(offer + "/accept", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
        return offer.split("/")[3];
    }

    private String fundedProject() {
        String projectId = partnerProject();
        assertThat(post("/api/projects/" + projectId + "/commitments", money(DONOR)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return projectId;
    }

    private static String id(ResponseEntity<String> response, String field) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        try {
            return JSON.readTree(response.getBody()).get(field).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String proposal(String recipient) {
        return """
                {"title":"Biosafety level 3 laboratory %s","recipients":["%s"],"area":"BIOLOGICAL",
                 "priorities":["BIOSECURITY_AFRICA"],"requestedBudget":{"amount":"800000.00","currency":"EUR"}}"""
                .formatted(UUID.randomUUID(), recipient);
    }

    private static String fundsFrom(String donor) {
        return "{\"donor\":\"" + donor + "\",\"kind\":\"FUNDS\",\"amount\":{\"amount\":\"500000.00\",\"currency\":\"EUR\"}}";
    }

    private static String money(String donor) {
        return "{\"donor\":\"" + donor + "\",\"amount\":{\"amount\":\"100000.00\",\"currency\":\"EUR\"}}";
    }
}
