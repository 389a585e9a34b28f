package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code POST /api/imports} with lifecycle CSV (DESIGN §8). Recipients BJ, BF, CV, CI, GM and donors
 * FR, DE, ES are used only by import tests; each test names its projects with a fresh tag.
 */
class CsvImportIT extends ImportTestBase {

    private static final String[] RECIPIENTS = {"BJ", "BF", "CV", "CI", "GM"};
    private static final String[] DONORS = {"FR", "DE", "ES"};

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void donors() {
        admitImportDonors();
    }

    @Test
    void aThousandRowsWithThreeBadOnesReportExactlyThoseThreeAndLoadEveryOtherProject() throws Exception {
        List<String> references = new ArrayList<>();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 200; i++) {
            String ref = "GP-" + tag + "-" + i;
            references.add(ref);
            String recipient = i == 17 ? "XX" : RECIPIENTS[i % RECIPIENTS.length];
            String donor = DONORS[i % DONORS.length];
            csv.append(ref).append(",PROPOSE,2023-02-01,\"Secure sources, site ").append(i).append("\",\"Line one\nline two\",")
                    .append(recipient).append(",RADIOLOGICAL,AFRICA;BIO,100000.00,EUR,,,,,\n");
            csv.append(ref).append(",OFFER,2023-03-01,,,,,,50000.00,EUR,").append(donor).append(",FUNDS,o1,,\n");
            csv.append(ref).append(",ACCEPT,2023-03-02,,,,,,,,,,").append(i == 101 ? "o2" : "o1").append(",,\n");
            csv.append(ref).append(i == 150 ? ",DISBURS" : ",COMMIT").append(",2023-04-01,,,,,,50000.00,EUR,").append(donor).append(",,,,\n");
            csv.append(ref).append(",DISBURSE,2023-05-01,,,,,,20000.00,EUR,").append(donor).append(",,,,\n");
        }
        // every proposal spans two lines (its description), so project i starts on line 2 + 6i
        long eventsBefore = storedEvents();
        long started = System.nanoTime();

        JsonNode done = importAndWait(csv.toString(), CSV);

        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("CSV import: 1000 rows in %.2f s = %.0f rows/s%n", seconds, 1000 / seconds);
        assertThat(done.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("format").asText()).isEqualTo("CSV");
        assertThat(done.get("rows").asInt()).isEqualTo(1000);
        assertThat(done.get("rowsDone").asInt()).isEqualTo(1000);
        assertThat(done.get("projects").asInt()).isEqualTo(200);
        assertThat(done.get("projectsApplied").asInt()).isEqualTo(197);
        assertThat(done.get("projectsUnchanged").asInt()).isZero();
        assertThat(done.get("projectsRefused").asInt()).isEqualTo(3);
        assertThat(done.get("errorCount").asInt()).isEqualTo(3);
        List<JsonNode> errors = new ArrayList<>();
        done.get("errors").forEach(errors::add);
        assertThat(errors).extracting(e -> e.get("line").asInt(), e -> e.get("project").asText())
                .containsExactly(tuple(2 + 6 * 17, references.get(17)), tuple(2 + 6 * 101 + 3, references.get(101)),
                        tuple(2 + 6 * 150 + 4, references.get(150)));
        assertThat(errors.get(0).get("reason").asText()).startsWith("recipients[0] 'XX'");
        assertThat(errors.get(1).get("reason").asText()).startsWith("OFFER_NOT_FOUND");
        assertThat(errors.get(2).get("reason").asText()).startsWith("step 'DISBURS' is unknown");

        assertThat(storedEvents() - eventsBefore).isEqualTo(197 * 5);
        assertThat(eventsOf(csvProjectId(references.get(17)))).isZero();
        assertThat(eventsOf(csvProjectId(references.get(101)))).as("refused on its 3rd row, after two commands in the same transaction")
                .isZero();
        assertThat(eventsOf(csvProjectId(references.get(150)))).isZero();
        String applied = csvProjectId(references.get(0));
        assertThat(eventTypesOf(applied)).containsExactly("gp.project.ProjectProposed", "gp.project.SupportOffered",
                "gp.project.OfferAccepted", "gp.project.FundingCommitted", "gp.project.FundsDisbursed");
        JsonNode proposal = payloadsOf(applied, "gp.project.ProjectProposed").get(0);
        assertThat(proposal.get("title").asText()).isEqualTo("Secure sources, site 0");
        assertThat(proposal.get("description").asText()).isEqualTo("Line one\nline two");
        assertThat(proposal.get("effectiveDate").asText()).isEqualTo("2023-02-01");
        JsonNode metadata = firstEventMetadata(applied);
        assertThat(metadata.has("actor")).isFalse();
        assertThat(jdbc.queryForObject("select sub from events.actor where actor_ref = ?", String.class,
                metadata.get("actorRef").asText())).isEqualTo(SECRETARIAT_SUBJECT);
        assertThat(metadata.get("correlationId").asText()).isEqualTo(done.get("importId").asText());

        JsonNode again = importAndWait(csv.toString(), CSV);

        assertThat(again.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(again.get("projectsUnchanged").asInt()).isEqualTo(197);
        assertThat(again.get("projectsApplied").asInt()).isZero();
        assertThat(again.get("projectsRefused").asInt()).isEqualTo(3);
        assertThat(again.get("errors")).isEqualTo(done.get("errors"));
        assertThat(storedEvents() - eventsBefore).as("re-importing the same file stores nothing new").isEqualTo(197 * 5);
    }

    @Test
    void rowsAddedToAnImportedFileAreAppliedAndTheRestIsLeftAlone() throws Exception {
        String ref = "GP-" + tag + "-grow";
        String first = HEADER + ref + ",PROPOSE,2023-02-01,Train customs officers,,CV,CHEMICAL,,80000.00,EUR,,,,,\n"
                + ref + ",OFFER,2023-03-01,,,,,,30000.00,EUR,DE,FUNDS,o1,,\n";
        String grown = first + ref + ",DECLINE,2023-03-05,,,,,,,,,,o1,,Covered by another partner\n"
                + ref + ",CLOSE,2023-06-30,,,,,,,,,,,WITHDRAWN,No partner found\n";

        assertThat(importAndWait(first, CSV).get("projectsApplied").asInt()).isEqualTo(1);
        JsonNode done = importAndWait(grown, CSV);

        assertThat(done.get("projectsApplied").asInt()).isEqualTo(1);
        assertThat(eventTypesOf(csvProjectId(ref))).containsExactly("gp.project.ProjectProposed", "gp.project.SupportOffered",
                "gp.project.OfferDeclined", "gp.project.ProjectClosed");
        assertThat(payloadsOf(csvProjectId(ref), "gp.project.ProjectClosed").get(0).get("summary").asText()).isEqualTo("No partner found");
    }

    @Test
    void progressIsFoundByIdAndAnUnknownImportIs404() throws Exception {
        ResponseEntity<String> accepted = send(HEADER + "GP-" + tag + "-p,PROPOSE,2023-02-01,T,,CI,NUCLEAR,,1000.00,EUR,,,,,\n",
                CSV, new HttpHeaders());
        String importId = body(accepted).get("importId").asText();

        JsonNode progress = body(http.getForEntity("/api/imports/" + importId, String.class));
        assertThat(progress.get("importId").asText()).isEqualTo(importId);
        assertThat(progress.get("state").asText()).isIn("RUNNING", "COMPLETED");
        assertThat(awaitDone(importId).get("projectsApplied").asInt()).isEqualTo(1);

        for (String unknown : List.of(UUID.randomUUID().toString(), "not-an-id")) {
            ResponseEntity<String> missing = http.getForEntity("/api/imports/" + unknown, String.class);
            assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertProblem(missing);
            assertThat(body(missing).get("type").asText()).isEqualTo("https://gp-tracker.org/problems/not-found");
        }
    }

    @Test
    void onlyTheSecretariatMayImportOrFollowAnImport() throws Exception {
        String file = HEADER + "GP-" + tag + "-x,PROPOSE,2023-02-01,T,,BJ,NUCLEAR,,1000.00,EUR,,,,,\n";
        String importId = body(send(file, CSV, new HttpHeaders())).get("importId").asText();
        awaitDone(importId);
        long before = storedEvents();

        for (String token : List.of(TestTokens.token("cotonou", "BJ", "RECIPIENT"), TestTokens.token("paris", "FR", "DONOR"),
                TestTokens.token("audit", null, "AUDITOR"))) {
            HttpHeaders bearer = new HttpHeaders();
            bearer.setBearerAuth(token);
            ResponseEntity<String> posted = send(file.replace("-x,", "-y,"), CSV, bearer);
            ResponseEntity<String> followed = http.exchange("/api/imports/" + importId, org.springframework.http.HttpMethod.GET,
                    new org.springframework.http.HttpEntity<>(bearer), String.class);
            assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(followed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertProblem(posted);
        }
        HttpHeaders none = new HttpHeaders();
        none.add(WITHOUT_TOKEN, "yes");
        assertThat(send(file, CSV, none).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNeitherCsvNorXmlIs415() throws Exception {
        ResponseEntity<String> response = send("{\"project\":\"x\"}", MediaType.APPLICATION_JSON, new HttpHeaders());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(response);
        assertThat(body(response).get("type").asText()).isEqualTo("https://gp-tracker.org/problems/unsupported-media-type");
    }

    @Test
    void anUnreadableFileFailsWithItsReasonAndAppliesNothing() throws Exception {
        long before = storedEvents();

        JsonNode badHeader = importAndWait("project,stage\nP,PROPOSE\n", CSV);
        JsonNode unclosed = importAndWait(HEADER + "GP-" + tag + "-u,PROPOSE,2023-02-01,T,,BJ,NUCLEAR,,1000.00,EUR,,,,,\n"
                + "GP-" + tag + "-v,PROPOSE,2023-02-01,\"T,,BJ,NUCLEAR,,1000.00,EUR,,,,,\n", CSV);
        JsonNode textAfterQuote = importAndWait(HEADER + "GP-" + tag + "-w,PROPOSE,2023-02-01,T,,BJ,NUCLEAR,,1000.00,EUR,,,,,\n"
                + "GP-" + tag + "-x,PROPOSE,2023-02-01,\"T\"x,,BJ,NUCLEAR,,1000.00,EUR,,,,,\n", CSV);
        JsonNode notXml = importAndWait("<iati-activities><iati-activity></iati-activities>", MediaType.APPLICATION_XML);

        assertThat(List.of(badHeader, unclosed, textAfterQuote, notXml)).extracting(v -> v.get("state").asText()).containsOnly("FAILED");
        assertThat(badHeader.get("reason").asText()).startsWith("line 1: 'stage' is not a column");
        assertThat(unclosed.get("reason").asText()).isEqualTo("line 3: a quoted field is never closed");
        assertThat(textAfterQuote.get("reason").asText()).isEqualTo("line 3: a quoted field has text after its closing quote");
        assertThat(notXml.get("reason").asText()).contains("not well-formed XML");
        assertThat(unclosed.get("projectsApplied").asInt()).isZero();
        assertThat(textAfterQuote.get("projectsApplied").asInt()).isZero();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anImportMayBeLargerThanTheOneMegabyteOfACommand() throws Exception {
        JsonNode done = importAndWait(HEADER + "\n".repeat(1_100_000), CSV);

        assertThat(done.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("rows").asInt()).isZero();
    }

    @Test
    void theOpenApiDocumentDescribesTheImports() throws Exception {
        JsonNode paths = json.readTree(http.getForObject("/v3/api-docs", String.class)).get("paths");

        JsonNode start = paths.path("/api/imports").path("post");
        assertThat(start.path("requestBody").path("content").has("text/csv")).as(start.toString()).isTrue();
        assertThat(start.path("requestBody").path("content").has("application/xml")).isTrue();
        assertThat(start.path("responses").has("202")).isTrue();
        assertThat(start.path("responses").has("415")).isTrue();
        assertThat(paths.path("/api/imports/{importId}").path("get").path("responses").has("404")).isTrue();
    }

    @Test
    void twoImportsOfTheSameFileAtOnceApplyEachProjectOnce() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 60; i++) {
            String ref = "GP-" + tag + "-twice-" + i;
            csv.append(ref).append(",PROPOSE,2023-02-01,Twice ").append(i).append(",,GM,CHEMICAL,,1000.00,EUR,,,,,\n");
            csv.append(ref).append(",OFFER,2023-03-01,,,,,,500.00,EUR,ES,FUNDS,o1,,\n");
            csv.append(ref).append(",ACCEPT,2023-03-02,,,,,,,,,,o1,,\n");
        }
        long before = storedEvents();

        String first = body(send(csv.toString(), CSV, new HttpHeaders())).get("importId").asText();
        String second = body(send(csv.toString(), CSV, new HttpHeaders())).get("importId").asText();
        JsonNode one = awaitDone(first);
        JsonNode two = awaitDone(second);

        assertThat(one.get("projectsApplied").asInt() + two.get("projectsApplied").asInt()).as(one + "\n" + two).isEqualTo(60);
        assertThat(one.get("projectsUnchanged").asInt() + two.get("projectsUnchanged").asInt()).isEqualTo(60);
        assertThat(one.get("projectsRefused").asInt() + two.get("projectsRefused").asInt()).isZero();
        assertThat(storedEvents() - before).isEqualTo(60 * 3);
    }
}
