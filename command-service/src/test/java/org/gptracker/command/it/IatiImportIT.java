package org.gptracker.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/imports} with an IATI 2.03 activity file written by hand to the mapping of
 * DESIGN §8. Recipients GH, GN and donors FR, ES are used only by import tests.
 */
class IatiImportIT extends ImportTestBase {

    private final String projectId = UUID.randomUUID().toString();
    private final String otherIdentifier = "XI-TEST-" + UUID.randomUUID();
    private final String pledge = UUID.randomUUID().toString();
    private final String commitment = UUID.randomUUID().toString();
    private final String spanishCommitment = UUID.randomUUID().toString();
    private final String disbursement = UUID.randomUUID().toString();

    @Test
    void anIatiFileBecomesTheProjectsLifecyclesAndImportingItAgainStoresNothing() throws Exception {
        admitImportDonors();
        String file = file();
        long before = storedEvents();

        JsonNode done = importAndWait(file, MediaType.APPLICATION_XML);

        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("format").asText()).isEqualTo("IATI");
        assertThat(done.get("projects").asInt()).isEqualTo(2);
        assertThat(done.get("projectsApplied").asInt()).as(done.toString()).isEqualTo(2);
        assertThat(done.get("rows").asInt()).as("two activities and four transactions").isEqualTo(6);
        assertThat(eventTypesOf(projectId)).containsExactly("gp.project.ProjectProposed",
                "gp.project.SupportOffered", "gp.project.OfferAccepted", "gp.project.FundingCommitted",
                "gp.project.SupportOffered", "gp.project.OfferAccepted", "gp.project.FundingCommitted",
                "gp.project.FundsDisbursed", "gp.project.ProjectClosed");

        JsonNode proposal = payloadsOf(projectId, "gp.project.ProjectProposed").get(0);
        assertThat(proposal.get("title").asText()).isEqualTo("Biosafety laboratories for Ghana & Guinea");
        assertThat(proposal.get("description").asText()).isEqualTo("Two laboratories brought to BSL-3.");
        assertThat(proposal.get("recipients")).hasToString("[\"GH\",\"GN\"]");
        assertThat(proposal.get("area").asText()).isEqualTo("BIOLOGICAL");
        assertThat(proposal.get("priorities")).hasToString("[\"AFRICA\"]");
        assertThat(proposal.get("requestedBudget")).hasToString("{\"amount\":\"900000.00\",\"currency\":\"EUR\"}");
        assertThat(proposal.get("effectiveDate").asText()).isEqualTo("2023-02-01");

        JsonNode offered = payloadsOf(projectId, "gp.project.SupportOffered").get(0);
        assertThat(offered.get("offerId").asText()).isEqualTo(pledge);
        assertThat(offered.get("donor").asText()).isEqualTo("FR");
        assertThat(offered.get("kind").asText()).isEqualTo("FUNDS");
        assertThat(offered.get("amount")).hasToString("{\"amount\":\"600000.00\",\"currency\":\"EUR\"}");
        JsonNode partnerMade = payloadsOf(projectId, "gp.project.SupportOffered").get(1);
        assertThat(partnerMade.get("donor").asText()).isEqualTo("ES");
        assertThat(partnerMade.get("kind").asText()).as("ES committed without a pledge").isEqualTo("EXPERTISE");
        assertThat(partnerMade.get("effectiveDate").asText()).isEqualTo("2023-04-15");
        assertThat(payloadsOf(projectId, "gp.project.FundingCommitted")).extracting(c -> c.get("commitmentId").asText())
                .containsExactly(commitment, spanishCommitment);
        JsonNode disbursed = payloadsOf(projectId, "gp.project.FundsDisbursed").get(0);
        assertThat(disbursed.get("disbursementId").asText()).isEqualTo(disbursement);
        assertThat(disbursed.get("amount")).hasToString("{\"amount\":\"250000.00\",\"currency\":\"EUR\"}");
        assertThat(disbursed.get("effectiveDate").asText()).isEqualTo("2023-05-01");
        JsonNode closed = payloadsOf(projectId, "gp.project.ProjectClosed").get(0);
        assertThat(closed.get("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(closed.get("effectiveDate").asText()).isEqualTo("2023-11-30");

        String otherId = UUID.nameUUIDFromBytes(otherIdentifier.getBytes(StandardCharsets.UTF_8)).toString();
        assertThat(eventTypesOf(otherId)).as("DE funds nothing: a partner through expertise alone")
                .containsExactly("gp.project.ProjectProposed", "gp.project.SupportOffered", "gp.project.OfferAccepted",
                        "gp.project.ProjectClosed");
        JsonNode expertise = payloadsOf(otherId, "gp.project.SupportOffered").get(0);
        assertThat(expertise.get("donor").asText()).isEqualTo("DE");
        assertThat(expertise.get("kind").asText()).isEqualTo("EXPERTISE");
        assertThat(expertise.get("effectiveDate").asText()).isEqualTo("2023-06-01");
        assertThat(payloadsOf(otherId, "gp.project.ProjectClosed").get(0).get("outcome").asText()).isEqualTo("CANCELLED");
        assertThat(storedEvents() - before).isEqualTo(13);

        JsonNode again = importAndWait(file, MediaType.APPLICATION_XML);

        assertThat(again.get("projectsUnchanged").asInt()).isEqualTo(2);
        assertThat(storedEvents() - before).isEqualTo(13);
    }

    @Test
    void aRefusedTransactionIsReportedAtItsLineAndKeepsItsProjectOut() throws Exception {
        admitImportDonors();
        String file = file().replace("<value currency=\"EUR\" value-date=\"2023-05-01\">250000.00</value>",
                "<value currency=\"EUR\" value-date=\"2023-05-01\">650000.00</value>");

        JsonNode done = importAndWait(file, MediaType.APPLICATION_XML);

        assertThat(done.get("projectsApplied").asInt()).isEqualTo(1);
        assertThat(done.get("projectsRefused").asInt()).isEqualTo(1);
        JsonNode error = done.get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(lineOf(file, "ref=\"" + disbursement + "\""));
        assertThat(error.get("project").asText()).isEqualTo("XM-GPTRACKER-" + projectId);
        assertThat(error.get("reason").asText()).startsWith("DISBURSEMENT_EXCEEDS_COMMITMENT");
        assertThat(eventsOf(projectId)).isZero();
    }

    private static int lineOf(String file, String text) {
        return file.substring(0, file.indexOf(text)).split("\n", -1).length;
    }

    private String file() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03" generated-datetime="2024-01-05T10:00:00Z">
                  <iati-activity last-updated-datetime="2023-11-30T16:00:00Z" default-currency="EUR" xml:lang="en">
                    <iati-identifier>XM-GPTRACKER-%1$s</iati-identifier>
                    <reporting-org ref="XM-GPTRACKER" type="40">
                      <narrative>Global Partnership Against the Spread of Weapons and Materials of Mass Destruction</narrative>
                    </reporting-org>
                    <title><narrative>Biosafety laboratories for Ghana &amp; Guinea</narrative></title>
                    <description type="1"><narrative>Two laboratories brought to BSL-3.</narrative></description>
                    <participating-org role="1" ref="XM-GPTRACKER-MEMBER-FR" type="10"><narrative>France</narrative></participating-org>
                    <participating-org role="1" ref="XM-GPTRACKER-MEMBER-ES" type="10"><narrative>Spain</narrative></participating-org>
                    <participating-org role="4" ref="XM-GPTRACKER-STATE-GH" type="10"><narrative>Ghana</narrative></participating-org>
                    <participating-org role="4" ref="XM-GPTRACKER-STATE-GN" type="10"><narrative>Guinea</narrative></participating-org>
                    <activity-status code="4"/>
                    <activity-date type="2" iso-date="2023-02-01"/>
                    <activity-date type="4" iso-date="2023-11-30"/>
                    <recipient-country code="GH" percentage="50.00"/>
                    <recipient-country code="GN" percentage="50.00"/>
                    <sector vocabulary="99" vocabulary-uri="https://gp-tracker.org/codes/cbrn-area" code="BIOLOGICAL" percentage="100">
                      <narrative>Biological</narrative>
                    </sector>
                    <tag vocabulary="99" vocabulary-uri="https://gp-tracker.org/codes/priority" code="AFRICA">
                      <narrative>Biosecurity in Africa</narrative>
                    </tag>
                    <budget type="1" status="1">
                      <period-start iso-date="2023-02-01"/>
                      <period-end iso-date="2024-01-31"/>
                      <value currency="EUR" value-date="2023-02-01">900000.00</value>
                    </budget>
                    <transaction ref="%2$s">
                      <transaction-type code="12"/>
                      <transaction-date iso-date="2023-03-01"/>
                      <value currency="EUR" value-date="2023-03-01">600000.00</value>
                      <provider-org ref="XM-GPTRACKER-MEMBER-FR"><narrative>France</narrative></provider-org>
                    </transaction>
                    <transaction ref="%3$s">
                      <transaction-type code="2"/>
                      <transaction-date iso-date="2023-04-01"/>
                      <value currency="EUR" value-date="2023-04-01">600000.00</value>
                      <provider-org ref="XM-GPTRACKER-MEMBER-FR"><narrative>France</narrative></provider-org>
                    </transaction>
                    <transaction ref="%4$s">
                      <transaction-type code="2"/>
                      <transaction-date iso-date="2023-04-15"/>
                      <value currency="EUR" value-date="2023-04-15">100000.00</value>
                      <provider-org ref="XM-GPTRACKER-MEMBER-ES"><narrative>Spain</narrative></provider-org>
                    </transaction>
                    <transaction ref="%5$s">
                      <transaction-type code="3"/>
                      <transaction-date iso-date="2023-05-01"/>
                      <value currency="EUR" value-date="2023-05-01">250000.00</value>
                      <provider-org ref="XM-GPTRACKER-MEMBER-FR"><narrative>France</narrative></provider-org>
                    </transaction>
                  </iati-activity>
                  <iati-activity last-updated-datetime="2023-09-01T08:00:00Z" default-currency="USD" xml:lang="en">
                    <iati-identifier>%6$s</iati-identifier>
                    <reporting-org ref="XM-GPTRACKER" type="40"><narrative>Global Partnership</narrative></reporting-org>
                    <title><narrative>Border monitoring equipment</narrative></title>
                    <participating-org role="1" ref="XM-GPTRACKER-MEMBER-DE" type="10"><narrative>Germany</narrative></participating-org>
                    <participating-org role="4" ref="XM-GPTRACKER-STATE-GH" type="10"><narrative>Ghana</narrative></participating-org>
                    <activity-status code="5"/>
                    <activity-date type="2" iso-date="2023-06-01"/>
                    <activity-date type="4" iso-date="2023-09-01"/>
                    <recipient-country code="GH" percentage="100.00"/>
                    <sector vocabulary="99" vocabulary-uri="https://gp-tracker.org/codes/cbrn-area" code="NUCLEAR" percentage="100">
                      <narrative>Nuclear</narrative>
                    </sector>
                    <budget type="1" status="1">
                      <period-start iso-date="2023-06-01"/>
                      <period-end iso-date="2024-05-31"/>
                      <value value-date="2023-06-01">120000</value>
                    </budget>
                  </iati-activity>
                </iati-activities>
                """.formatted(projectId, pledge, commitment, spanishCommitment, disbursement, otherIdentifier);
    }
}
