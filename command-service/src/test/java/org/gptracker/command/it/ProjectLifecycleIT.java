package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole project lifecycle over HTTP, attributed to a presidency. The database is shared with the
 * other integration tests: this one alone uses presidency 2006 (a past window, since effective
 * dates may not lie in the future), dates in 2006 and the members NO, DK, FI, HU and GR.
 */
class ProjectLifecycleIT extends ProjectTestBase {

    private static final int YEAR = 2006;

    @Test
    void aProjectGoesFromProposalToCompletionAndEveryEventCarriesItsPresidencyAndActor() throws Exception {
        admit("NO", "2002-06-27");
        admit("DK", "2003-01-01");
        admit("FI", "2003-01-01");
        assertThat(post("/api/presidencies", """
                {"year":2006,"chair":"NO","startsOn":"2006-01-01","endsOn":"2006-12-31",
                 "priorities":[{"code":"UKRAINE","title":"WMD risk reduction in Ukraine"}]}""").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        String projectId = propose("2006-02-01");
        String projectPath = "/api/projects/" + projectId;

        ResponseEntity<String> revised = post(projectPath + "/revisions",
                "{\"requestedBudget\":{\"amount\":\"3000000.00\",\"currency\":\"EUR\"},\"effectiveDate\":\"2006-02-15\"}");
        assertThat(revised.getStatusCode()).as(revised.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(body(revised).get("projectId").asText()).isEqualTo(projectId);
        // the same revision again changes nothing, so it stores nothing
        assertThat(post(projectPath + "/revisions",
                "{\"requestedBudget\":{\"amount\":\"3000000.00\",\"currency\":\"EUR\"},\"effectiveDate\":\"2006-02-16\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> danishOffer = post(projectPath + "/offers",
                "{\"donor\":\"DK\",\"kind\":\"FUNDS\",\"amount\":{\"amount\":\"1000000.00\",\"currency\":\"EUR\"},\"effectiveDate\":\"2006-03-01\"}");
        assertThat(danishOffer.getStatusCode()).as(danishOffer.getBody()).isEqualTo(HttpStatus.CREATED);
        String danishOfferId = body(danishOffer).get("offerId").asText();
        assertThat(body(danishOffer).get("projectId").asText()).isEqualTo(projectId);
        assertThat(danishOffer.getHeaders().getLocation()).hasToString(projectPath + "/offers/" + danishOfferId);

        ResponseEntity<String> finnishOffer = post(projectPath + "/offers",
                "{\"donor\":\"FI\",\"kind\":\"EXPERTISE\",\"expertise\":[\"PHYSICAL_PROTECTION\"],\"effectiveDate\":\"2006-03-02\"}");
        assertThat(finnishOffer.getStatusCode()).as(finnishOffer.getBody()).isEqualTo(HttpStatus.CREATED);
        String finnishOfferId = body(finnishOffer).get("offerId").asText();

        ResponseEntity<String> accepted = post(projectPath + "/offers/" + danishOfferId + "/accept", "{\"effectiveDate\":\"2006-04-01\"}");
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(body(accepted).get("offerId").asText()).isEqualTo(danishOfferId);
        ResponseEntity<String> declined = post(projectPath + "/offers/" + finnishOfferId + "/decline",
                "{\"reason\":\"Expertise already covered\",\"effectiveDate\":\"2006-04-02\"}");
        assertThat(declined.getStatusCode()).as(declined.getBody()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> committed = post(projectPath + "/commitments",
                "{\"donor\":\"DK\",\"amount\":{\"amount\":\"800000.00\",\"currency\":\"EUR\"},\"effectiveDate\":\"2006-05-01\"}");
        assertThat(committed.getStatusCode()).as(committed.getBody()).isEqualTo(HttpStatus.CREATED);
        String commitmentId = body(committed).get("commitmentId").asText();
        List<String> disbursementIds = new java.util.ArrayList<>();
        for (String[] payment : new String[][]{{"300000.00", "2006-06-01"}, {"500000.00", "2006-07-01"}}) {
            ResponseEntity<String> disbursed = post(projectPath + "/disbursements",
                    "{\"donor\":\"DK\",\"amount\":{\"amount\":\"" + payment[0] + "\",\"currency\":\"EUR\"},\"effectiveDate\":\"" + payment[1] + "\"}");
            assertThat(disbursed.getStatusCode()).as(disbursed.getBody()).isEqualTo(HttpStatus.CREATED);
            disbursementIds.add(body(disbursed).get("disbursementId").asText());
        }

        ResponseEntity<String> closed = post(projectPath + "/close",
                "{\"outcome\":\"COMPLETED\",\"summary\":\"Perimeter rebuilt\",\"effectiveDate\":\"2006-12-01\"}");
        assertThat(closed.getStatusCode()).as(closed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(body(closed).get("projectId").asText()).isEqualTo(projectId);

        assertThat(eventTypesOf(projectId)).containsExactly(
                "gp.project.ProjectProposed",
                "gp.project.ProposalRevised",
                "gp.project.SupportOffered",
                "gp.project.SupportOffered",
                "gp.project.OfferAccepted",
                "gp.project.OfferDeclined",
                "gp.project.FundingCommitted",
                "gp.project.FundsDisbursed",
                "gp.project.FundsDisbursed",
                "gp.project.ProjectClosed");
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select sequence_number, convert_from(payload, 'UTF8') as payload, convert_from(meta_data, 'UTF8') as meta_data
                from events.domain_event_entry where aggregate_identifier = ? order by sequence_number""", projectId);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            JsonNode payload = readTree((String) row.get("payload"));
            assertThat(row.get("sequence_number")).isEqualTo((long) i);
            assertThat(payload.get("projectId").asText()).isEqualTo(projectId);
            assertThat(payload.get("presidencyYear").asInt()).as("presidencyYear of event %d", i).isEqualTo(YEAR);
            assertThat(readTree((String) row.get("meta_data")).get("actor").asText()).isEqualTo(SECRETARIAT_SUBJECT);
        }
        JsonNode revision = payloadsOf(projectId, "gp.project.ProposalRevised").get(0);
        assertThat(revision.get("requestedBudget").get("amount").asText()).isEqualTo("3000000.00");
        assertThat(revision.path("title").isMissingNode() || revision.get("title").isNull()).isTrue();
        assertThat(payloadsOf(projectId, "gp.project.SupportOffered")).extracting(p -> p.get("offerId").asText())
                .containsExactly(danishOfferId, finnishOfferId);
        assertThat(payloadsOf(projectId, "gp.project.OfferDeclined").get(0).get("reason").asText()).isEqualTo("Expertise already covered");
        JsonNode commitment = payloadsOf(projectId, "gp.project.FundingCommitted").get(0);
        assertThat(commitment.get("commitmentId").asText()).isEqualTo(commitmentId);
        assertThat(commitment.get("amount").get("amount").asText()).isEqualTo("800000.00");
        assertThat(payloadsOf(projectId, "gp.project.FundsDisbursed")).extracting(p -> p.get("disbursementId").asText())
                .containsExactlyElementsOf(disbursementIds);
        assertThat(payloadsOf(projectId, "gp.project.ProjectClosed").get(0).get("outcome").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void anOfferMayBeAcceptedOrWithdrawnWithoutABody() throws Exception {
        admit("HU", "2003-01-01");
        String projectId = propose("2006-08-01");
        String first = offerFunds(projectId, "HU", "1000.00", "2006-08-02");
        String second = offerFunds(projectId, "HU", "2000.00", "2006-08-03");

        ResponseEntity<String> accepted = http.postForEntity("/api/projects/" + projectId + "/offers/" + first + "/accept",
                HttpEntity.EMPTY, String.class);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> withdrawn = http.postForEntity("/api/projects/" + projectId + "/offers/" + second.toUpperCase() + "/withdraw",
                HttpEntity.EMPTY, String.class);
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(body(withdrawn).get("offerId").asText()).isEqualTo(second);

        assertThat(eventTypesOf(projectId)).containsExactly("gp.project.ProjectProposed", "gp.project.SupportOffered",
                "gp.project.SupportOffered", "gp.project.OfferAccepted", "gp.project.OfferWithdrawn");
        // without a body the decision takes effect today
        JsonNode acceptance = payloadsOf(projectId, "gp.project.OfferAccepted").get(0);
        assertThat(acceptance.get("effectiveDate").asText()).isGreaterThan("2006-08-03");
    }

    @Test
    void aRepeatedOfferWithTheSameIdempotencyKeyGetsTheOriginalAnswerAndStoresNothing() throws Exception {
        admit("GR", "2003-01-01");
        String projectId = propose("2006-09-01");
        String offer = "{\"donor\":\"GR\",\"kind\":\"FUNDS\",\"amount\":{\"amount\":\"10.00\",\"currency\":\"EUR\"},"
                + "\"effectiveDate\":\"2006-09-02\"}";
        HttpHeaders key = new HttpHeaders();
        key.add("Idempotency-Key", "offer-" + projectId);

        ResponseEntity<String> first = post("/api/projects/" + projectId + "/offers", offer, key);
        ResponseEntity<String> repeat = post("/api/projects/" + projectId + "/offers", offer, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(body(repeat).get("offerId").asText()).isEqualTo(body(first).get("offerId").asText());
        assertThat(repeat.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(eventTypesOf(projectId)).containsExactly("gp.project.ProjectProposed", "gp.project.SupportOffered");
    }

    @Test
    void theOpenApiDocumentDescribesTheProjectCommands() throws Exception {
        JsonNode paths = json.readTree(http.getForObject("/v3/api-docs", String.class)).get("paths");
        for (String path : List.of("/api/projects/{projectId}/revisions", "/api/projects/{projectId}/offers",
                "/api/projects/{projectId}/offers/{offerId}/accept", "/api/projects/{projectId}/offers/{offerId}/decline",
                "/api/projects/{projectId}/offers/{offerId}/withdraw", "/api/projects/{projectId}/commitments",
                "/api/projects/{projectId}/disbursements", "/api/projects/{projectId}/close")) {
            JsonNode responses = paths.path(path).path("post").path("responses");
            assertThat(responses.has("400")).as("400 documented for %s", path).isTrue();
            assertThat(responses.has("404")).as("404 documented for %s", path).isTrue();
            assertThat(responses.has("409")).as("409 documented for %s", path).isTrue();
        }
        // only the refusals a request that passed the request checks can meet
        assertThat(paths.at("/~1api~1projects/post/responses").has("409")).as("a proposal under a new id is never refused").isFalse();
        List<String> offerCodes = new java.util.ArrayList<>();
        paths.at("/~1api~1projects~1{projectId}~1offers/post/responses/409/x-refusal-codes").forEach(code -> offerCodes.add(code.asText()));
        assertThat(offerCodes).containsExactly("PROJECT_CLOSED", "OFFER_KIND_MISMATCH", "DONOR_NOT_MEMBER", "CONCURRENT_CHANGE");
    }
}
