package org.gptracker.command.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of the project state machine over HTTP: 409 with its code, nothing stored. The
 * database is shared with the other integration tests: this one alone uses the members SE and PT
 * (NZ is never admitted) and dates in 2007, which no presidency covers.
 */
class ProjectRefusalsIT extends ProjectTestBase {

    @Test
    void everyRefusalAnswersItsCodeAndStoresNothing() throws Exception {
        admit("SE", "2004-01-01");
        admit("PT", "2004-01-01");
        String projectId = propose("2007-01-10");
        String path = "/api/projects/" + projectId;

        refusedWithoutTrace(projectId, "DONOR_NOT_MEMBER", () -> post(path + "/offers",
                "{\"donor\":\"NZ\",\"kind\":\"FUNDS\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},\"effectiveDate\":\"2007-01-11\"}"));
        refusedWithoutTrace(projectId, "DONOR_NOT_MEMBER", () -> post(path + "/offers",
                "{\"donor\":\"SE\",\"kind\":\"EXPERTISE\",\"effectiveDate\":\"2003-12-31\"}"));

        String swedishOffer = offerFunds(projectId, "SE", "500000.00", "2007-01-12");
        String portugueseOffer = offerFunds(projectId, "PT", "250000.00", "2007-01-12");
        refusedWithoutTrace(projectId, "DONOR_NOT_PARTNER", () -> post(path + "/commitments",
                "{\"donor\":\"SE\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},\"effectiveDate\":\"2007-01-13\"}"));
        assertThat(post(path + "/offers/" + swedishOffer + "/accept", "{\"effectiveDate\":\"2007-01-14\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        refusedWithoutTrace(projectId, "OFFER_NOT_OPEN", () -> post(path + "/offers/" + swedishOffer + "/accept",
                "{\"effectiveDate\":\"2007-01-15\"}"));
        refusedWithoutTrace(projectId, "OFFER_NOT_OPEN", () -> post(path + "/offers/" + swedishOffer + "/withdraw", "{}"));
        refusedWithoutTrace(projectId, "OFFER_NOT_FOUND", () -> post(path + "/offers/" + UUID.randomUUID() + "/decline", "{}"));
        refusedWithoutTrace(projectId, "PROPOSAL_NOT_REVISABLE", () -> post(path + "/revisions",
                "{\"title\":\"A new title\",\"effectiveDate\":\"2007-01-15\"}"));
        refusedWithoutTrace(projectId, "DONOR_NOT_PARTNER", () -> post(path + "/commitments",
                "{\"donor\":\"PT\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},\"effectiveDate\":\"2007-01-15\"}"));
        refusedWithoutTrace(projectId, "NOT_FUNDED", () -> post(path + "/close",
                "{\"outcome\":\"COMPLETED\",\"effectiveDate\":\"2007-01-15\"}"));
        refusedWithoutTrace(projectId, "DISBURSEMENT_EXCEEDS_COMMITMENT", () -> post(path + "/disbursements",
                "{\"donor\":\"SE\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"effectiveDate\":\"2007-01-15\"}"));

        assertThat(post(path + "/commitments",
                "{\"donor\":\"SE\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},\"effectiveDate\":\"2007-02-01\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        refusedWithoutTrace(projectId, "DISBURSEMENT_EXCEEDS_COMMITMENT", () -> post(path + "/disbursements",
                "{\"donor\":\"SE\",\"amount\":{\"amount\":\"100.01\",\"currency\":\"EUR\"},\"effectiveDate\":\"2007-02-02\"}"));
        refusedWithoutTrace(projectId, "DISBURSEMENT_EXCEEDS_COMMITMENT", () -> post(path + "/disbursements",
                "{\"donor\":\"SE\",\"amount\":{\"amount\":\"50.00\",\"currency\":\"USD\"},\"effectiveDate\":\"2007-02-02\"}"));

        assertThat(post(path + "/close", "{\"outcome\":\"CANCELLED\",\"summary\":\"Superseded\",\"effectiveDate\":\"2007-03-01\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        refusedWithoutTrace(projectId, "PROJECT_CLOSED", () -> post(path + "/close", "{\"outcome\":\"WITHDRAWN\"}"));
        refusedWithoutTrace(projectId, "PROJECT_CLOSED", () -> post(path + "/offers/" + portugueseOffer + "/decline", "{}"));
        refusedWithoutTrace(projectId, "PROJECT_CLOSED", () -> post(path + "/revisions", "{\"title\":\"Too late\"}"));
        refusedWithoutTrace(projectId, "PROJECT_CLOSED", () -> post(path + "/offers",
                "{\"donor\":\"PT\",\"kind\":\"EXPERTISE\",\"effectiveDate\":\"2007-03-02\"}"));
        refusedWithoutTrace(projectId, "PROJECT_CLOSED", () -> post(path + "/commitments",
                "{\"donor\":\"SE\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}"));
        refusedWithoutTrace(projectId, "PROJECT_CLOSED", () -> post(path + "/disbursements",
                "{\"donor\":\"SE\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}"));
    }

    @Test
    void anUnknownProjectIsNotFound() throws Exception {
        String unknown = "/api/projects/" + UUID.randomUUID();
        long before = storedEvents();

        for (ResponseEntity<String> response : new ResponseEntity[]{
                post(unknown + "/offers/" + UUID.randomUUID() + "/accept", "{}"),
                post(unknown + "/revisions", "{\"title\":\"x\"}"),
                post(unknown + "/commitments", "{\"donor\":\"SE\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}"),
                post(unknown + "/close", "{\"outcome\":\"CANCELLED\"}")}) {
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
            assertProblem(response);
            assertThat(body(response).get("type").asText()).isEqualTo("https://gp-tracker.org/problems/not-found");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badInputOnTheProjectCommandsIsABadRequestNamingTheField() throws Exception {
        String projectId = propose("2007-04-01");
        String path = "/api/projects/" + projectId;
        long before = eventsOf(projectId);

        ResponseEntity<String> notJson = post(path + "/offers", "{\"donor\":\"SE\",");
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertProblem(notJson);
        assertThat(body(notJson).get("type").asText()).isEqualTo("https://gp-tracker.org/problems/malformed-request");

        assertInvalid(post(path + "/commitments",
                "{\"donor\":\"SE\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"commitmentId\":\"mine\"}"), "commitmentId");
        assertInvalid(post(path + "/disbursements", "{\"donor\":\"SE\",\"amount\":{\"amount\":1.00,\"currency\":\"EUR\"}}"),
                "amount.amount");
        assertInvalid(post(path + "/offers", "{\"donor\":[\"SE\"],\"kind\":\"EXPERTISE\"}"), "donor");
        assertInvalid(post(path + "/offers", "{\"donor\":\"se\",\"kind\":\"MONEY\",\"effectiveDate\":\"2999-01-01\"}"),
                "donor", "kind", "effectiveDate");
        assertInvalid(post(path + "/offers", "{\"donor\":\"SE\",\"kind\":\"FUNDS\"}"), "amount");
        assertInvalid(post(path + "/close", "{}"), "outcome");
        assertInvalid(post(path + "/revisions", "{\"recipients\":[],\"area\":\"SPACE\"}"), "recipients", "area");
        assertInvalid(post("/api/projects/not-a-uuid/close", "{\"outcome\":\"CANCELLED\"}"), "projectId");
        assertInvalid(post(path + "/offers/42/accept", "{}"), "offerId");

        assertThat(eventsOf(projectId)).isEqualTo(before);
    }

    @Test
    void aControlCharacterInAnyTextFieldIsABadRequestAndStoresNothing() throws Exception {
        String projectId = propose("2007-04-01");
        String path = "/api/projects/" + projectId;
        long before = eventsOf(projectId);

        assertInvalid(post("/api/projects", """
                {"title":"a\\u0000b","description":"bell\\u0007","recipients":["UA"],"area":"NUCLEAR","priorities":["UK\\u001bRAINE"],
                 "requestedBudget":{"amount":"1000.00","currency":"EUR"}}"""), "title", "description", "priorities[0]");
        assertInvalid(post(path + "/revisions", "{\"description\":\"next\\u0085line\"}"), "description");
        assertInvalid(post(path + "/close", "{\"outcome\":\"CANCELLED\",\"summary\":\"\\u0000\"}"), "summary");
        assertThat(eventsOf(projectId)).isEqualTo(before);

        // line breaks and tabs are text
        assertThat(post(path + "/revisions", "{\"description\":\"First line\\nsecond line\\twith a tab\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private void assertInvalid(ResponseEntity<String> response, String... fields) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertProblem(response);
        assertThat(body(response).get("type").asText()).isEqualTo("https://gp-tracker.org/problems/validation");
        assertThat(body(response).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
    }

    private void refusedWithoutTrace(String projectId, String code, java.util.function.Supplier<ResponseEntity<String>> command)
            throws Exception {
        long before = eventsOf(projectId);
        assertRefused(command.get(), code);
        assertThat(eventsOf(projectId)).as("events of the project after a refusal with %s", code).isEqualTo(before);
    }
}
