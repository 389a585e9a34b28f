package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.events.project.Outcome;
import org.gptracker.query.IatiSchema;
import org.gptracker.query.PresidencyStory;
import org.gptracker.query.ProjectStory;
import org.gptracker.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gptracker.events.value.CbrnArea.BIOLOGICAL;
import static org.gptracker.events.value.CbrnArea.CHEMICAL;
import static org.gptracker.events.value.CbrnArea.CROSS_CUTTING;
import static org.gptracker.events.value.CbrnArea.NUCLEAR;

/**
 * The exports of DESIGN §8 over projects this test alone owns: recipients MG, MW and ZM, presidency 2097, partition 3.
 * Every IATI document it receives is validated against the official 2.03 schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIT extends QueryServiceTestBase {

    private static final int PARTITION = 3;

    private final PresidencyStory presidency = PresidencyStory.of(2097)
            .opened("2096-11-15", "FR", "BIOSECURITY_AFRICA", "Biosecurity in Africa");
    /** Completed: CA pledged, committed and disbursed; JP, a partner for its expertise, committed in yen. */
    private final ProjectStory labs = ProjectStory.ofNewProject()
            .proposed("2097-02-01", "MG", BIOLOGICAL, "900000.00 EUR", "BIOSECURITY_AFRICA", "LABS")
            .revisedTitle("2097-02-02", "Biosafety labs, \"phase 2\"")
            .revisedRecipients("2097-02-02", "MG", "MW")
            .offered("2097-02-10", "o1", "CA", "500000.00 EUR")
            .offered("2097-02-11", "o2", "JP", null)
            .offered("2097-02-12", "o3", "DE", "100.00 EUR")
            .accepted("2097-02-20", "o1", "CA")
            .accepted("2097-02-21", "o2", "JP")
            .declined("2097-02-22", "o3", "DE")
            .committed("2097-03-01", "c1", "CA", "400000.00 EUR")
            .committed("2097-03-15", "c2", "JP", "20000000 JPY")
            .disbursed("2097-04-01", "d1", "CA", "100000.00 EUR")
            .closed("2097-11-30", Outcome.COMPLETED);
    private final ProjectStory reactor = ProjectStory.ofNewProject()
            .proposed("2097-03-01", "ZM", NUCLEAR, "30000000 JPY")
            .offered("2097-03-05", "o1", "EU", "1000.00 EUR")
            .accepted("2097-03-06", "o1", "EU")
            .committed("2097-03-07", "c1", "EU", "1000.00 EUR");
    private final ProjectStory plant = ProjectStory.ofNewProject()
            .proposed("2097-05-01", "ZM", CHEMICAL, "25000.00 USD")
            .closed("2097-06-01", Outcome.WITHDRAWN);
    private final ProjectStory before = ProjectStory.ofNewProject()
            .outsideAnyPresidency().proposed("2096-12-01", "MW", CROSS_CUTTING, "1000.00 EUR");

    @BeforeAll
    void publishTheProjects() throws Exception {
        publish(presidency.aggregateId(), presidency.size(), presidency::record);
        for (ProjectStory story : List.of(labs, reactor, plant, before)) {
            publish(story.projectId(), story.size(), story::record);
        }
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() ->
                appliedUpTo(presidency.aggregateId(), presidency.size() - 1)
                        && List.of(labs, reactor, plant, before).stream().allMatch(s -> appliedUpTo(s.projectId(), s.size() - 1)));
    }

    @Test
    void thePresidencysProjectsAreValidIatiActivitiesByTheMappingOfDesign() throws Exception {
        ResponseEntity<String> answer = http.getForEntity("/api/projects/export.iati.xml?presidency=2097", String.class);

        String document = validIati(answer);
        assertThat(identifiers(document)).containsExactly(labs.projectId(), reactor.projectId(), plant.projectId());
        String activity = activity(document, labs.projectId());
        assertThat(activity)
                .contains("<title><narrative>Biosafety labs, \"phase 2\"</narrative></title>")
                .contains("<description type=\"1\"><narrative>Proposed by MG</narrative></description>")
                .contains("<participating-org role=\"1\" ref=\"XM-GPTRACKER-MEMBER-CA\" type=\"10\"><narrative>Canada</narrative></participating-org>"
                        + "<participating-org role=\"1\" ref=\"XM-GPTRACKER-MEMBER-JP\" type=\"10\"><narrative>Japan</narrative></participating-org>"
                        + "<participating-org role=\"4\" ref=\"XM-GPTRACKER-STATE-MG\" type=\"10\"><narrative>Madagascar</narrative></participating-org>"
                        + "<participating-org role=\"4\" ref=\"XM-GPTRACKER-STATE-MW\" type=\"10\"><narrative>Malawi</narrative></participating-org>"
                        + "<activity-status code=\"4\"/>"
                        + "<activity-date type=\"2\" iso-date=\"2097-02-01\"/><activity-date type=\"4\" iso-date=\"2097-11-30\"/>"
                        + "<recipient-country code=\"MG\" percentage=\"50.00\"/><recipient-country code=\"MW\" percentage=\"50.00\"/>")
                .contains("code=\"BIOSECURITY_AFRICA\"><narrative>Biosecurity in Africa</narrative></tag>")
                .contains("code=\"LABS\"><narrative>LABS</narrative></tag>")
                .contains("<value currency=\"EUR\" value-date=\"2097-02-01\">900000.00</value>");
        assertThat(transactions(activity)).containsExactly("o1 12 2097-02-10 EUR 500000.00 CA", "c1 2 2097-03-01 EUR 400000.00 CA",
                "c2 2 2097-03-15 JPY 20000000 JP", "d1 3 2097-04-01 EUR 100000.00 CA");
        assertThat(activity(document, reactor.projectId())).contains("default-currency=\"JPY\"", "<activity-status code=\"2\"/>",
                "<participating-org role=\"1\" ref=\"XM-GPTRACKER-MEMBER-EU\" type=\"40\"><narrative>European Union</narrative>");
        assertThat(activity(document, plant.projectId())).contains("<activity-status code=\"5\"/>");
    }

    @Test
    void theIatiExportTakesTheListsFiltersAndAsOf() throws Exception {
        assertThat(identifiers(validIati(get("/api/projects/export.iati.xml?recipient=ZM"))))
                .containsExactly(reactor.projectId(), plant.projectId());
        assertThat(identifiers(validIati(get("/api/projects/export.iati.xml?recipient=ZM&status=CLOSED"))))
                .containsExactly(plant.projectId());
        assertThat(identifiers(validIati(get("/api/projects/export.iati.xml?recipient=MW&area=CROSS_CUTTING"))))
                .containsExactly(before.projectId());
        assertThat(identifiers(validIati(get("/api/projects/export.iati.xml?donor=EU&presidency=2097"))))
                .containsExactly(reactor.projectId());

        String asOf = activity(validIati(get("/api/projects/export.iati.xml?recipient=MG&asOf=2097-02-20")), labs.projectId());
        assertThat(asOf).contains("<activity-status code=\"1\"/>", "XM-GPTRACKER-MEMBER-CA").doesNotContain("XM-GPTRACKER-MEMBER-JP\" type",
                "activity-date type=\"4\"");
        assertThat(transactions(asOf)).containsExactly("o1 12 2097-02-10 EUR 500000.00 CA");
    }

    @Test
    void anIatiExportOfNothingIsNotFoundForADocumentHoldsAtLeastOneActivity() throws Exception {
        ResponseEntity<String> answer = get("/api/projects/export.iati.xml?recipient=MG&asOf=2097-01-31");

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(answer.getBody()).get("type").asText()).isEqualTo("https://gp-tracker.org/problems/not-found");
    }

    @Test
    void theCsvExportIsOneRowPerProjectWithCodesAndLabels() {
        ResponseEntity<String> answer = get("/api/projects/export.csv?recipient=MW");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualToIgnoringWhitespace("text/csv;charset=UTF-8");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"gp-projects.csv\"");
        assertThat(answer.getBody()).isEqualTo("projectId,title,status,statusLabel,outcome,area,areaLabel,recipients,"
                + "recipientNames,priorities,requestedAmount,requestedCurrency,committed,disbursed,proposedOn,proposedPresidency,"
                + "matchedOn,fundedOn,closedOn,iatiStatus\r\n"
                + before.projectId() + ",Project for MW,PROPOSED,Proposed,,CROSS_CUTTING,Cross-cutting,MW,Malawi,,1000.00,EUR,,,"
                + "2096-12-01,,,,,1\r\n"
                + labs.projectId() + ",\"Biosafety labs, \"\"phase 2\"\"\",CLOSED,Closed,COMPLETED,BIOLOGICAL,Biological,MG;MW,"
                + "Madagascar; Malawi,BIOSECURITY_AFRICA;LABS,900000.00,EUR,CA 400000.00 EUR; JP 20000000 JPY,CA 100000.00 EUR,"
                + "2097-02-01,2097,2097-02-20,2097-03-01,2097-11-30,4\r\n");
    }

    @Test
    void withBomTheCsvExportBeginsWithAByteOrderMarkForSpreadsheets() {
        String plain = get("/api/projects/export.csv?recipient=MW").getBody();

        assertThat(get("/api/projects/export.csv?recipient=MW&bom=true").getBody()).isEqualTo("\uFEFF" + plain);
        assertThat(get("/api/projects/export.csv?recipient=MW&bom=maybe").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void theCsvExportTakesTheListsFiltersAndAsOf() {
        assertThat(rows(get("/api/projects/export.csv?recipient=ZM&status=FUNDED"))).containsExactly(reactor.projectId());
        assertThat(rows(get("/api/projects/export.csv?recipient=MG&asOf=2097-01-31"))).isEmpty();
        assertThat(get("/api/projects/export.csv?recipient=MG&asOf=2097-03-01").getBody())
                .contains(",FUNDED,Funded,,BIOLOGICAL,", ",CA 400000.00 EUR,,2097-02-01,2097,2097-02-20,2097-03-01,,2\r\n");
        assertThat(get("/api/projects/export.csv?recipient=MG&asOf=2097-02-28").getBody())
                .contains(",MATCHED,Matched,,BIOLOGICAL,", ",EUR,,,2097-02-01,2097,2097-02-20,,,1\r\n");
    }

    @Test
    void aPresidencysCsvHoldsTheProjectsWithActivityInIt() {
        ResponseEntity<String> answer = get("/api/presidencies/2097/export.csv");

        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"gp-presidency-2097-projects.csv\"");
        assertThat(rows(answer)).containsExactly(labs.projectId(), reactor.projectId(), plant.projectId());
        assertThat(rows(get("/api/presidencies/2097/export.csv?asOf=2097-03-01"))).containsExactly(labs.projectId(), reactor.projectId());
    }

    @Test
    void anUnknownPresidencyIsNotFound() {
        for (String path : List.of("/api/presidencies/2099/export.csv", "/api/presidencies/2097/export.csv?asOf=2096-11-14")) {
            ResponseEntity<String> answer = get(path);

            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(404);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void badFiltersAreTheListsValidationProblem() throws Exception {
        for (String export : List.of("/api/projects/export.csv", "/api/projects/export.iati.xml")) {
            ResponseEntity<String> answer = get(export + "?status=DONE&presidency=twenty&area=ATOMIC&donor=XX&recipient=mg"
                    + "&priority=not a code&asOf=2097-02-30");

            assertThat(answer.getStatusCode().value()).as(export).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json.readTree(answer.getBody());
            assertThat(problem.get("type").asText()).isEqualTo("https://gp-tracker.org/problems/validation");
            assertThat(problem.get("errors").findValuesAsText("field"))
                    .containsExactly("status", "presidency", "area", "donor", "recipient", "priority", "asOf");
        }
        assertThat(get("/api/presidencies/2097/export.csv?asOf=someday").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void anyRoleMayExport() throws Exception {
        for (String token : List.of(TestTokens.token("view", null, "VIEWER"), TestTokens.token("tokyo", "JP", "DONOR"),
                TestTokens.token("lusaka", "ZM", "RECIPIENT"))) {
            HttpHeaders headers = new HttpHeaders();
            headers.setBearerAuth(token);
            HttpEntity<Void> request = new HttpEntity<>(headers);

            validIati(http.exchange("/api/projects/export.iati.xml?recipient=ZM", HttpMethod.GET, request, String.class));
            assertThat(http.exchange("/api/presidencies/2097/export.csv", HttpMethod.GET, request, String.class)
                    .getStatusCode().value()).isEqualTo(200);
        }
        {
            HttpHeaders none = new HttpHeaders();
            none.set(WITHOUT_TOKEN, "true");
            assertThat(http.exchange("/api/projects/export.csv", HttpMethod.GET, new HttpEntity<>(none), String.class)
                    .getStatusCode().value()).isEqualTo(401);
        }
    }

    @Test
    void theExportsAreDocumentedInOpenApi() {
        assertThat(get("/v3/api-docs").getBody()).contains("\"/api/projects/export.csv\"", "\"/api/projects/export.iati.xml\"",
                "\"/api/presidencies/{year}/export.csv\"");
    }

    private interface Records {
        byte[] at(int sequence);
    }

    private void publish(String key, int size, Records records) throws Exception {
        for (int sequence = 0; sequence < size; sequence++) {
            publish(PARTITION, key, records.at(sequence));
        }
    }

    private boolean appliedUpTo(String aggregateId, long sequence) {
        return jdbc.queryForObject("select count(*) from read.aggregate_position where aggregate_id = ? and last_sequence >= ?",
                Long.class, aggregateId, sequence) > 0;
    }

    private ResponseEntity<String> get(String path) {
        return http.getForEntity(path, String.class);
    }

    /** The document, once checked to be an IATI 2.03 file that validates against the schema. */
    private static String validIati(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_XML);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"gp-projects.iati.xml\"");
        IatiSchema.validate(answer.getBody());
        return answer.getBody();
    }

    private static List<String> identifiers(String document) {
        return all(document, "<iati-identifier>XM-GPTRACKER-([0-9a-f-]+)</iati-identifier>");
    }

    private static String activity(String document, String projectId) {
        Matcher activity = Pattern.compile("<iati-activity [^>]*><iati-identifier>XM-GPTRACKER-" + projectId
                + "</iati-identifier>.*?</iati-activity>", Pattern.DOTALL).matcher(document);
        assertThat(activity.find()).as("activity of " + projectId).isTrue();
        return activity.group();
    }

    /** Each transaction as "ref type date currency value donor". */
    private static List<String> transactions(String activity) {
        Matcher transaction = Pattern.compile("<transaction ref=\"([^\"]+)\"><transaction-type code=\"(\\d+)\"/>"
                + "<transaction-date iso-date=\"([^\"]+)\"/><value currency=\"([A-Z]+)\" value-date=\"\\3\">([0-9.]+)</value>"
                + "<provider-org ref=\"XM-GPTRACKER-MEMBER-([A-Z]+)\"").matcher(activity);
        List<String> found = new ArrayList<>();
        while (transaction.find()) {
            found.add(String.join(" ", transaction.group(1), transaction.group(2), transaction.group(3), transaction.group(4),
                    transaction.group(5), transaction.group(6)));
        }
        return found;
    }

    /** The project ids of a CSV export's rows. */
    private static List<String> rows(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return all(answer.getBody(), "\r\n([0-9a-f-]{36}),");
    }

    private static List<String> all(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
