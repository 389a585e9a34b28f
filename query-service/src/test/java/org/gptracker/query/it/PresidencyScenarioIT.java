package org.gptracker.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.gptracker.events.project.Outcome;
import org.gptracker.query.PresidencyStory;
import org.gptracker.query.ProjectStory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gptracker.events.value.CbrnArea.BIOLOGICAL;
import static org.gptracker.events.value.CbrnArea.CHEMICAL;
import static org.gptracker.events.value.CbrnArea.CROSS_CUTTING;
import static org.gptracker.events.value.CbrnArea.NUCLEAR;
import static org.gptracker.events.value.CbrnArea.RADIOLOGICAL;

/**
 * Three presidencies, 2022 (DE), 2023 (JP) and 2024 (IT), each a calendar year, and six projects that run
 * across them. Some events are back-dated (published after events with later effective dates) and some
 * records are delivered twice. Every number below is worked out by hand from the stories.
 *
 * <pre>
 *           proposed          matched             funded              closed
 *  fiji     2021-06-01 (none) -                   -                   2022-08-01 WITHDRAWN
 *  mongolia 2022-03-10        2022-05-01          2022-06-01          2023-10-15 COMPLETED
 *  bhutan   2022-11-20        2022-12-20 (late)   2023-02-15 (late)   -
 *  laos     2023-05-05        -                   -                   2024-03-01 CANCELLED (with KH from 2023-05-20)
 *  nepal    2023-08-01        2023-10-01          2023-12-20 (late)   -
 *  mongolia 2024-04-01        2024-06-01          2024-07-01          2024-12-01 COMPLETED
 * </pre>
 * The scenario owns the years 2022 to 2024 and the recipients FJ, MN, BT, LA, KH and NP; other tests' projects
 * take effect in 2025 or later.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PresidencyScenarioIT extends QueryServiceTestBase {

    private static final int PARTITION = 4;

    private final PresidencyStory germany = PresidencyStory.of(2022)
            .opened("2021-11-15", "DE", "BIOSECURITY", "Biosecurity", "UKRAINE", "WMD risk reduction in Ukraine")
            .closed("2022-12-31", 2023);
    private final PresidencyStory japan = PresidencyStory.of(2023)
            .opened("2022-11-15", "JP", "NUCLEAR_SECURITY", "Nuclear security")
            .declared("2023-06-01", "DISINFO", "CBRN disinformation")
            .closed("2023-12-31", 2024);
    private final PresidencyStory italy = PresidencyStory.of(2024)
            .opened("2023-11-15", "IT", "CHEM_CLIMATE", "Chemical security and climate");

    private final ProjectStory fiji = ProjectStory.ofNewProject()
            .outsideAnyPresidency().proposed("2021-06-01", "FJ", CROSS_CUTTING, "80000.00 EUR", "UKRAINE")
            .closed("2022-08-01", Outcome.WITHDRAWN);
    private final ProjectStory mongolia = ProjectStory.ofNewProject()
            .proposed("2022-03-10", "MN", BIOLOGICAL, "600000.00 EUR", "BIOSECURITY")
            .offered("2022-04-01", "o1", "CA", "500000.00 EUR")
            .accepted("2022-05-01", "o1", "CA")
            .committed("2022-06-01", "c1", "CA", "300000.00 EUR")
            .disbursed("2022-09-01", "d1", "CA", "100000.00 EUR")
            .disbursed("2023-02-01", "d2", "CA", "150000.00 EUR")
            .closed("2023-10-15", Outcome.COMPLETED);
    private final ProjectStory bhutan = ProjectStory.ofNewProject()
            .proposed("2022-11-20", "BT", NUCLEAR, "30000000 JPY", "NUCLEAR_SECURITY")
            .offered("2022-12-01", "o1", "JP", "20000000 JPY")
            .offered("2023-01-15", "o2", "GB", "100000.00 GBP")
            .accepted("2023-02-01", "o2", "GB")
            .accepted("2022-12-20", "o1", "JP")
            .committed("2023-03-01", "c1", "GB", "50000.00 GBP")
            .committed("2023-02-15", "c2", "JP", "10000000 JPY")
            .committed("2024-01-10", "c3", "JP", "5000000 JPY")
            .disbursed("2024-02-01", "d1", "JP", "8000000 JPY");
    private final ProjectStory laos = ProjectStory.ofNewProject()
            .proposed("2023-05-05", "LA", CHEMICAL, "250000.00 EUR", "CHEM_CLIMATE")
            .revisedRecipients("2023-05-20", "LA", "KH")
            .offered("2023-06-01", "o1", "IT", "200000.00 EUR")
            .withdrawn("2023-07-01", "o1", "IT")
            .closed("2024-03-01", Outcome.CANCELLED);
    private final ProjectStory nepal = ProjectStory.ofNewProject()
            .proposed("2023-08-01", "NP", RADIOLOGICAL, "450000.00 EUR", "NUCLEAR_SECURITY", "DISINFO")
            .offered("2023-08-15", "o1", "FR", "400000.00 EUR")
            .offered("2023-09-01", "o2", "US", "250000.00 USD")
            .declined("2023-09-10", "o2", "US")
            .accepted("2023-10-01", "o1", "FR")
            .committed("2024-03-01", "c1", "FR", "100000.00 EUR")
            .committed("2023-12-20", "c2", "FR", "50000.00 EUR");
    private final ProjectStory mongolia2024 = ProjectStory.ofNewProject()
            .proposed("2024-04-01", "MN", BIOLOGICAL, "1000.00 EUR", "BIOSECURITY")
            .offered("2024-05-01", "o1", "DE", "1000.00 EUR")
            .accepted("2024-06-01", "o1", "DE")
            .committed("2024-07-01", "c1", "DE", "1000.00 EUR")
            .closed("2024-12-01", Outcome.COMPLETED);

    @BeforeAll
    void publishTheScenario() throws Exception {
        publish(germany, 0);
        publish(japan, 0);
        publish(fiji, 0);
        publish(mongolia, 0, 1, 2);
        publish(bhutan, 0, 1);
        publish(mongolia, 0);
        publish(mongolia, 3, 4, 5, 6);
        publish(bhutan, 2, 3, 4);
        publish(bhutan, 4);
        publish(bhutan, 5, 6, 7, 8);
        publish(germany, 1);
        publish(japan, 1);
        publish(laos, 0, 1, 2, 3, 4);
        publish(nepal, 0, 1, 2, 3, 4, 5, 6);
        publish(nepal, 6);
        publish(fiji, 1);
        publish(italy, 0);
        publish(japan, 2);
        publish(mongolia2024, 0, 1, 2, 3, 4);
        publish(mongolia2024, 2);
        publish(bhutan, 0);

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() ->
                List.of(fiji, mongolia, bhutan, laos, nepal, mongolia2024).stream().allMatch(this::applied)
                        && List.of(germany, japan, italy).stream().allMatch(this::applied));
    }

    @Test
    void germany2022CountsWhatTookEffectInItsWindow() throws Exception {
        JsonNode presidency = ok("/api/presidencies/2022");

        assertThat(presidency.get("chair").asText()).isEqualTo("DE");
        assertThat(presidency.get("startsOn").asText()).isEqualTo("2022-01-01");
        assertThat(presidency.get("endsOn").asText()).isEqualTo("2022-12-31");
        assertThat(presidency.get("closedOn").asText()).isEqualTo("2022-12-31");
        assertThat(presidency.get("successorYear").asInt()).isEqualTo(2023);
        assertThat(presidency.get("priorities")).isEqualTo(json.readTree("""
                [{"code":"BIOSECURITY","title":"Biosecurity"},{"code":"UKRAINE","title":"WMD risk reduction in Ukraine"}]"""));
        // bhutan's matching moved into 2022 with its back-dated acceptance; fiji was proposed before any presidency
        assertThat(presidency.get("counts")).isEqualTo(json.readTree("""
                {"proposed":2,"matched":2,"funded":1,"closed":1,"carriedIn":1,"openAtEnd":2,
                 "closedByOutcome":{"COMPLETED":0,"CANCELLED":0,"WITHDRAWN":1}}"""));
        // fiji, mongolia and bhutan had events in 2022
        assertThat(presidency.get("recipientStates").asInt()).isEqualTo(3);
        assertThat(presidency.get("byArea")).isEqualTo(json.readTree("""
                {"CHEMICAL":0,"BIOLOGICAL":1,"RADIOLOGICAL":0,"NUCLEAR":1,"CROSS_CUTTING":1}"""));
        assertThat(presidency.get("byPriority")).isEqualTo(json.readTree("""
                {"BIOSECURITY":1,"NUCLEAR_SECURITY":1,"UKRAINE":1}"""));
        assertThat(presidency.get("commitments")).isEqualTo(json.readTree("""
                [{"donor":"CA","amount":{"amount":"300000.00","currency":"EUR"}}]"""));
        assertThat(presidency.get("disbursements")).isEqualTo(json.readTree("""
                [{"donor":"CA","amount":{"amount":"100000.00","currency":"EUR"}}]"""));
    }

    @Test
    void japan2023CountsWhatTookEffectInItsWindow() throws Exception {
        JsonNode presidency = ok("/api/presidencies/2023");

        assertThat(presidency.get("chair").asText()).isEqualTo("JP");
        assertThat(presidency.get("priorities")).isEqualTo(json.readTree("""
                [{"code":"NUCLEAR_SECURITY","title":"Nuclear security"},{"code":"DISINFO","title":"CBRN disinformation"}]"""));
        // nepal's funding moved into 2023 with its back-dated commitment; bhutan's matching moved out to 2022
        assertThat(presidency.get("counts")).isEqualTo(json.readTree("""
                {"proposed":2,"matched":1,"funded":2,"closed":1,"carriedIn":2,"openAtEnd":3,
                 "closedByOutcome":{"COMPLETED":1,"CANCELLED":0,"WITHDRAWN":0}}"""));
        // mongolia, bhutan, laos (two recipients since its revision) and nepal had events in 2023
        assertThat(presidency.get("recipientStates").asInt()).isEqualTo(5);
        assertThat(presidency.get("byArea")).isEqualTo(json.readTree("""
                {"CHEMICAL":1,"BIOLOGICAL":1,"RADIOLOGICAL":1,"NUCLEAR":1,"CROSS_CUTTING":0}"""));
        assertThat(presidency.get("byPriority")).isEqualTo(json.readTree("""
                {"BIOSECURITY":1,"CHEM_CLIMATE":1,"DISINFO":1,"NUCLEAR_SECURITY":2}"""));
        assertThat(presidency.get("commitments")).isEqualTo(json.readTree("""
                [{"donor":"FR","amount":{"amount":"50000.00","currency":"EUR"}},
                 {"donor":"GB","amount":{"amount":"50000.00","currency":"GBP"}},
                 {"donor":"JP","amount":{"amount":"10000000","currency":"JPY"}}]"""));
        assertThat(presidency.get("disbursements")).isEqualTo(json.readTree("""
                [{"donor":"CA","amount":{"amount":"150000.00","currency":"EUR"}}]"""));
    }

    @Test
    void italy2024CountsWhatTookEffectInItsWindow() throws Exception {
        JsonNode presidency = ok("/api/presidencies/2024");

        assertThat(presidency.get("chair").asText()).isEqualTo("IT");
        assertThat(presidency.has("closedOn")).isFalse();
        assertThat(presidency.get("priorities")).isEqualTo(json.readTree("""
                [{"code":"CHEM_CLIMATE","title":"Chemical security and climate"}]"""));
        assertThat(presidency.get("counts")).isEqualTo(json.readTree("""
                {"proposed":1,"matched":1,"funded":1,"closed":2,"carriedIn":3,"openAtEnd":2,
                 "closedByOutcome":{"COMPLETED":1,"CANCELLED":1,"WITHDRAWN":0}}"""));
        // bhutan, laos (two recipients), nepal and the second mongolia project had events in 2024
        assertThat(presidency.get("recipientStates").asInt()).isEqualTo(5);
        assertThat(presidency.get("byArea")).isEqualTo(json.readTree("""
                {"CHEMICAL":1,"BIOLOGICAL":1,"RADIOLOGICAL":1,"NUCLEAR":1,"CROSS_CUTTING":0}"""));
        assertThat(presidency.get("byPriority")).isEqualTo(json.readTree("""
                {"BIOSECURITY":1,"CHEM_CLIMATE":1,"DISINFO":1,"NUCLEAR_SECURITY":2}"""));
        assertThat(presidency.get("commitments")).isEqualTo(json.readTree("""
                [{"donor":"DE","amount":{"amount":"1000.00","currency":"EUR"}},
                 {"donor":"FR","amount":{"amount":"100000.00","currency":"EUR"}},
                 {"donor":"JP","amount":{"amount":"5000000","currency":"JPY"}}]"""));
        assertThat(presidency.get("disbursements")).isEqualTo(json.readTree("""
                [{"donor":"JP","amount":{"amount":"8000000","currency":"JPY"}}]"""));
    }

    @Test
    void japan2023AsOfTheEndOfMayCountsOnlyWhatHadHappenedByThen() throws Exception {
        JsonNode presidency = ok("/api/presidencies/2023?asOf=2023-05-31");

        assertThat(presidency.get("asOf").asText()).isEqualTo("2023-05-31");
        assertThat(presidency.has("closedOn")).isFalse();
        assertThat(presidency.get("priorities")).isEqualTo(json.readTree("""
                [{"code":"NUCLEAR_SECURITY","title":"Nuclear security"}]"""));
        // open at the end of May: mongolia (closed in October), bhutan, laos
        assertThat(presidency.get("counts")).isEqualTo(json.readTree("""
                {"proposed":1,"matched":0,"funded":1,"closed":0,"carriedIn":2,"openAtEnd":3,
                 "closedByOutcome":{"COMPLETED":0,"CANCELLED":0,"WITHDRAWN":0}}"""));
        // MN, BT, and LA with KH (added by the revision of 2023-05-20)
        assertThat(presidency.get("recipientStates").asInt()).isEqualTo(4);
        assertThat(presidency.get("byArea")).isEqualTo(json.readTree("""
                {"CHEMICAL":1,"BIOLOGICAL":1,"RADIOLOGICAL":0,"NUCLEAR":1,"CROSS_CUTTING":0}"""));
        assertThat(presidency.get("byPriority")).isEqualTo(json.readTree("""
                {"BIOSECURITY":1,"CHEM_CLIMATE":1,"NUCLEAR_SECURITY":1}"""));
        assertThat(presidency.get("commitments")).isEqualTo(json.readTree("""
                [{"donor":"GB","amount":{"amount":"50000.00","currency":"GBP"}},
                 {"donor":"JP","amount":{"amount":"10000000","currency":"JPY"}}]"""));
        assertThat(presidency.get("disbursements")).isEqualTo(json.readTree("""
                [{"donor":"CA","amount":{"amount":"150000.00","currency":"EUR"}}]"""));
    }

    @Test
    void germany2022AsOfTheFirstOfDecemberHasNotSeenBhutanMatchedYet() throws Exception {
        JsonNode presidency = ok("/api/presidencies/2022?asOf=2022-12-01");

        assertThat(presidency.has("closedOn")).isFalse();
        assertThat(presidency.get("counts")).isEqualTo(json.readTree("""
                {"proposed":2,"matched":1,"funded":1,"closed":1,"carriedIn":1,"openAtEnd":2,
                 "closedByOutcome":{"COMPLETED":0,"CANCELLED":0,"WITHDRAWN":1}}"""));
        assertThat(presidency.get("recipientStates").asInt()).isEqualTo(3);
    }

    @Test
    void aPresidencyNotOpenedByTheAsOfDateIsNotFound() {
        assertThat(http.getForEntity("/api/presidencies/2024?asOf=2023-10-01", String.class).getStatusCode().value())
                .isEqualTo(404);
        assertThat(http.getForEntity("/api/presidencies/2024/projects?asOf=2023-10-01", String.class).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void everyPresidencyIsListedWithItsHeadlineCounts() throws Exception {
        JsonNode list = ok("/api/presidencies").get("presidencies");

        assertThat(headline(list, 2022)).isEqualTo(json.readTree("""
                {"year":2022,"chair":"DE","chairs":[{"chair":"DE","since":"2022-01-01"}],"startsOn":"2022-01-01","endsOn":"2022-12-31","closedOn":"2022-12-31",
                 "counts":{"proposed":2,"matched":2,"funded":1,"closed":1}}"""));
        assertThat(headline(list, 2023)).isEqualTo(json.readTree("""
                {"year":2023,"chair":"JP","chairs":[{"chair":"JP","since":"2023-01-01"}],"startsOn":"2023-01-01","endsOn":"2023-12-31","closedOn":"2023-12-31",
                 "counts":{"proposed":2,"matched":1,"funded":2,"closed":1}}"""));
        assertThat(headline(list, 2024)).isEqualTo(json.readTree("""
                {"year":2024,"chair":"IT","chairs":[{"chair":"IT","since":"2024-01-01"}],"startsOn":"2024-01-01","endsOn":"2024-12-31",
                 "counts":{"proposed":1,"matched":1,"funded":1,"closed":2}}"""));
    }

    @Test
    void bhutanNowHasEveryOfferPartnerAndSumPerDonorAndCurrency() throws Exception {
        JsonNode project = ok("/api/projects/" + bhutan.projectId());

        assertThat(project.get("status").asText()).isEqualTo("FUNDED");
        assertThat(project.has("outcome")).isFalse();
        assertThat(project.get("partners")).isEqualTo(json.readTree("[\"GB\",\"JP\"]"));
        assertThat(project.get("offers")).isEqualTo(json.readTree("""
                [{"offerId":"o1","donor":"JP","kind":"FUNDS","state":"ACCEPTED","amount":{"amount":"20000000","currency":"JPY"}},
                 {"offerId":"o2","donor":"GB","kind":"FUNDS","state":"ACCEPTED","amount":{"amount":"100000.00","currency":"GBP"}}]"""));
        assertThat(project.get("committed")).isEqualTo(json.readTree("""
                [{"donor":"GB","amount":{"amount":"50000.00","currency":"GBP"}},
                 {"donor":"JP","amount":{"amount":"15000000","currency":"JPY"}}]"""));
        assertThat(project.get("disbursed")).isEqualTo(json.readTree("""
                [{"donor":"JP","amount":{"amount":"8000000","currency":"JPY"}}]"""));
        assertThat(project.get("milestones")).isEqualTo(json.readTree("""
                {"proposed":{"date":"2022-11-20","presidency":2022},"matched":{"date":"2022-12-20","presidency":2022},
                 "funded":{"date":"2023-02-15","presidency":2023}}"""));
        assertThat(project.get("version").asInt()).isEqualTo(8);
    }

    @Test
    void bhutanAsOfTheEndOf2022WasMatchedByItsBackDatedAcceptanceOnly() throws Exception {
        JsonNode project = ok("/api/projects/" + bhutan.projectId() + "?asOf=2022-12-31");

        assertThat(project.get("status").asText()).isEqualTo("MATCHED");
        assertThat(project.get("partners")).isEqualTo(json.readTree("[\"JP\"]"));
        assertThat(project.get("offers")).isEqualTo(json.readTree("""
                [{"offerId":"o1","donor":"JP","kind":"FUNDS","state":"ACCEPTED","amount":{"amount":"20000000","currency":"JPY"}}]"""));
        assertThat(project.get("committed")).isEmpty();
        assertThat(project.get("disbursed")).isEmpty();
        assertThat(project.get("milestones")).isEqualTo(json.readTree("""
                {"proposed":{"date":"2022-11-20","presidency":2022},"matched":{"date":"2022-12-20","presidency":2022}}"""));
    }

    @Test
    void bhutanAsOfFebruary2023HadBothPartnersAndNoMoneyYet() throws Exception {
        JsonNode project = ok("/api/projects/" + bhutan.projectId() + "?asOf=2023-02-10");

        assertThat(project.get("status").asText()).isEqualTo("MATCHED");
        assertThat(project.get("partners")).isEqualTo(json.readTree("[\"GB\",\"JP\"]"));
        assertThat(project.get("committed")).isEmpty();
    }

    @Test
    void nepalWasFundedAtTheEndOf2023OnlyThanksToItsBackDatedCommitment() throws Exception {
        JsonNode endOf2023 = ok("/api/projects/" + nepal.projectId() + "?asOf=2023-12-31");
        JsonNode dayBefore = ok("/api/projects/" + nepal.projectId() + "?asOf=2023-12-19");

        assertThat(endOf2023.get("status").asText()).isEqualTo("FUNDED");
        assertThat(endOf2023.get("committed")).isEqualTo(json.readTree("""
                [{"donor":"FR","amount":{"amount":"50000.00","currency":"EUR"}}]"""));
        assertThat(endOf2023.get("offers").findValuesAsText("state")).containsExactly("ACCEPTED", "DECLINED");
        assertThat(dayBefore.get("status").asText()).isEqualTo("MATCHED");
        assertThat(dayBefore.get("committed")).isEmpty();
        assertThat(dayBefore.get("milestones").has("funded")).isFalse();
    }

    @Test
    void mongoliaIsClosedFromTheDayOfItsClosure() throws Exception {
        JsonNode before = ok("/api/projects/" + mongolia.projectId() + "?asOf=2023-10-14");
        JsonNode on = ok("/api/projects/" + mongolia.projectId() + "?asOf=2023-10-15");

        assertThat(before.get("status").asText()).isEqualTo("FUNDED");
        assertThat(before.has("outcome")).isFalse();
        assertThat(before.get("disbursed")).isEqualTo(json.readTree("""
                [{"donor":"CA","amount":{"amount":"250000.00","currency":"EUR"}}]"""));
        assertThat(on.get("status").asText()).isEqualTo("CLOSED");
        assertThat(on.get("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(on.get("milestones").get("closed")).isEqualTo(json.readTree("{\"date\":\"2023-10-15\",\"presidency\":2023}"));
    }

    @Test
    void laosEndedCancelledWithItsOfferWithdrawnAndTheRecipientItWasRevisedToAdd() throws Exception {
        JsonNode project = ok("/api/projects/" + laos.projectId());

        assertThat(project.get("status").asText()).isEqualTo("CLOSED");
        assertThat(project.get("outcome").asText()).isEqualTo("CANCELLED");
        assertThat(project.get("offers").findValuesAsText("state")).containsExactly("WITHDRAWN");
        assertThat(project.get("partners")).isEmpty();
        assertThat(project.get("recipients")).isEqualTo(json.readTree("[\"LA\",\"KH\"]"));
        assertThat(project.get("version").asInt()).isEqualTo(4);
        assertThat(ids(ok("/api/projects?recipient=KH"))).containsExactly(laos.projectId());
    }

    @Test
    void aProjectNotProposedByTheAsOfDateIsNotFound() {
        ResponseEntity<String> answer = http.getForEntity("/api/projects/{id}?asOf=2024-03-31", String.class,
                mongolia2024.projectId());

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theProjectsFundedAndNotClosedAtTheEndOf2023AreBhutanAndNepal() throws Exception {
        JsonNode all = ok("/api/projects?asOf=2023-12-31&status=FUNDED&size=200");
        JsonNode in2023 = ok("/api/projects?asOf=2023-12-31&status=FUNDED&presidency=2023");

        assertThat(ids(all).stream().filter(this::ofTheScenario)).containsExactly(bhutan.projectId(), nepal.projectId());
        assertThat(ids(in2023)).containsExactly(bhutan.projectId(), nepal.projectId());
        assertThat(in2023.get("totalElements").asInt()).isEqualTo(2);
        assertThat(in2023.get("content").get(1).get("status").asText()).isEqualTo("FUNDED");
        assertThat(in2023.get("content").get(1).get("milestones").get("funded"))
                .isEqualTo(json.readTree("{\"date\":\"2023-12-20\",\"presidency\":2023}"));
    }

    @Test
    void listsAreFilteredByPresidencyRecipientDonorAreaPriorityAndStatus() throws Exception {
        assertThat(ids(ok("/api/projects?presidency=2022"))).containsExactly(fiji.projectId(), mongolia.projectId(), bhutan.projectId());
        assertThat(ids(ok("/api/projects?presidency=2022&status=CLOSED"))).containsExactly(fiji.projectId(), mongolia.projectId());
        // fiji's only event in 2022 is its closure in August
        assertThat(ids(ok("/api/projects?presidency=2022&asOf=2022-06-30"))).containsExactly(mongolia.projectId());
        assertThat(ids(ok("/api/projects?recipient=BT"))).containsExactly(bhutan.projectId());
        assertThat(ids(ok("/api/projects?recipient=MN&status=CLOSED"))).containsExactly(mongolia.projectId(), mongolia2024.projectId());
        assertThat(ids(ok("/api/projects?recipient=MN&asOf=2024-12-31&status=FUNDED"))).isEmpty();
        assertThat(ids(ok("/api/projects?donor=GB&presidency=2023"))).containsExactly(bhutan.projectId());
        assertThat(ids(ok("/api/projects?donor=FR&presidency=2023"))).containsExactly(nepal.projectId());
        assertThat(ids(ok("/api/projects?donor=FR&presidency=2023&asOf=2023-08-10"))).isEmpty();
        assertThat(ids(ok("/api/projects?area=CHEMICAL&presidency=2024"))).containsExactly(laos.projectId());
        assertThat(ids(ok("/api/projects?priority=DISINFO&presidency=2024"))).containsExactly(nepal.projectId());
        assertThat(ids(ok("/api/projects?recipient=NP&status=PROPOSED&asOf=2023-09-30"))).containsExactly(nepal.projectId());
        assertThat(ids(ok("/api/projects?recipient=NP&status=MATCHED&asOf=2023-10-01"))).containsExactly(nepal.projectId());
    }

    @Test
    void aPresidencysProjectsComeAPageAtATime() throws Exception {
        JsonNode first = ok("/api/presidencies/2024/projects");
        JsonNode second = ok("/api/presidencies/2024/projects?page=1&size=2");

        assertThat(ids(first)).containsExactly(bhutan.projectId(), laos.projectId(), nepal.projectId(), mongolia2024.projectId());
        assertThat(first.get("totalElements").asInt()).isEqualTo(4);
        assertThat(first.get("size").asInt()).isEqualTo(20);
        assertThat(ids(second)).containsExactly(nepal.projectId(), mongolia2024.projectId());
        assertThat(second.get("page").asInt()).isOne();
        assertThat(second.get("size").asInt()).isEqualTo(2);
        assertThat(second.get("totalElements").asInt()).isEqualTo(4);
        assertThat(second.get("content").get(1).get("recipients")).isEqualTo(json.readTree("[\"MN\"]"));
    }

    @Test
    void duplicateDeliveriesAddedNothing() {
        assertThat(jdbc.queryForObject("select count(*) from read.project_flow where project_id = ?::uuid", Long.class,
                bhutan.projectId())).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from read.project_offer where project_id = ?::uuid", Long.class,
                mongolia2024.projectId())).isOne();
        assertThat(jdbc.queryForObject("select count(*) from read.presidency_priority where year = 2023", Long.class)).isEqualTo(2);
    }

    private void publish(ProjectStory story, int... sequences) throws Exception {
        for (int sequence : sequences) {
            publish(PARTITION, story.projectId(), story.record(sequence));
        }
    }

    private void publish(PresidencyStory story, int... sequences) throws Exception {
        for (int sequence : sequences) {
            publish(PARTITION, story.aggregateId(), story.record(sequence));
        }
    }

    private boolean applied(ProjectStory story) {
        return appliedUpTo(story.projectId(), story.size() - 1);
    }

    private boolean applied(PresidencyStory story) {
        return appliedUpTo(story.aggregateId(), story.size() - 1);
    }

    private boolean appliedUpTo(String aggregateId, long sequence) {
        return jdbc.queryForObject("select count(*) from read.aggregate_position where aggregate_id = ? and last_sequence >= ?",
                Long.class, aggregateId, sequence) > 0;
    }

    private boolean ofTheScenario(String projectId) {
        return List.of(fiji, mongolia, bhutan, laos, nepal, mongolia2024).stream()
                .anyMatch(story -> story.projectId().equals(projectId));
    }

    private JsonNode ok(String url) throws Exception {
        ResponseEntity<String> answer = http.getForEntity(url, String.class);
        assertThat(answer.getStatusCode().value()).as("GET %s: %s", url, answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("content").forEach(project -> ids.add(project.get("projectId").asText()));
        return ids;
    }

    private static JsonNode headline(JsonNode list, int year) {
        return StreamSupport.stream(list.spliterator(), false).filter(p -> p.get("year").asInt() == year).findFirst()
                .orElseThrow(() -> new AssertionError("no presidency " + year + " in " + list));
    }
}
