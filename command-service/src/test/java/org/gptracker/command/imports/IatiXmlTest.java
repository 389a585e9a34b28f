package org.gptracker.command.imports;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class IatiXmlTest {

    static final String PROJECT = "0b6c6b55-3f1e-4a53-9d9f-3c2b1a0e9f11";
    static final String COMMITMENT = "7e1f0c3e-1b2d-4e5f-8a9b-0c1d2e3f4a51";

    static final String ACTIVITY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-activities version="2.03" generated-datetime="2024-01-05T10:00:00Z">
              <iati-activity last-updated-datetime="2023-12-01T09:00:00Z" default-currency="EUR" xml:lang="en">
                <iati-identifier>XM-GPTRACKER-%s</iati-identifier>
                <reporting-org ref="XM-GPTRACKER" type="40"><narrative>Global Partnership</narrative></reporting-org>
                <title><narrative>Secure radioactive sources &amp; train staff</narrative></title>
                <description type="1"><narrative>Why it matters</narrative></description>
                <participating-org role="1" ref="XM-GPTRACKER-MEMBER-FR" type="10"><narrative>France</narrative></participating-org>
                <participating-org role="4" ref="XM-GPTRACKER-STATE-BJ" type="10"><narrative>Benin</narrative></participating-org>
                <activity-status code="4"/>
                <activity-date type="2" iso-date="2023-02-01"/>
                <activity-date type="4" iso-date="2023-11-30"/>
                <recipient-country code="BJ" percentage="50.00"/>
                <recipient-country code="BF" percentage="50.00"/>
                <sector vocabulary="99" vocabulary-uri="https://gp-tracker.org/codes/cbrn-area" code="RADIOLOGICAL" percentage="100">
                  <narrative>Radiological</narrative>
                </sector>
                <tag vocabulary="99" vocabulary-uri="https://gp-tracker.org/codes/priority" code="AFRICA"><narrative>Africa</narrative></tag>
                <budget type="1" status="1">
                  <period-start iso-date="2023-02-01"/>
                  <period-end iso-date="2024-01-31"/>
                  <value currency="EUR" value-date="2023-02-01">400000.00</value>
                </budget>
                <transaction ref="%s">
                  <transaction-type code="2"/>
                  <transaction-date iso-date="2023-05-01"/>
                  <value currency="EUR" value-date="2023-05-01">150000.00</value>
                  <provider-org ref="XM-GPTRACKER-MEMBER-DE"><narrative>Germany</narrative></provider-org>
                </transaction>
                <transaction ref="pledge-1">
                  <transaction-type code="12"/>
                  <transaction-date iso-date="2023-03-01"/>
                  <value currency="EUR" value-date="2023-03-01">300000.00</value>
                  <provider-org ref="XM-GPTRACKER-MEMBER-FR"><narrative>France</narrative></provider-org>
                </transaction>
                <transaction ref="d-1">
                  <transaction-type code="3"/>
                  <transaction-date iso-date="2023-05-01"/>
                  <value value-date="2023-05-01">50000.00</value>
                  <provider-org ref="XM-GPTRACKER-MEMBER-DE"/>
                </transaction>
              </iati-activity>
            </iati-activities>
            """.formatted(PROJECT, COMMITMENT);

    @Test
    void anActivityBecomesItsProposalTransactionsInDateOrderAndItsClosure() {
        FileContent content = read(ACTIVITY);

        assertThat(content.rows()).isEqualTo(4);
        ProjectSteps project = content.projects().get(0);
        assertThat(project.projectId()).isEqualTo(PROJECT);
        assertThat(project.reference()).isEqualTo("XM-GPTRACKER-" + PROJECT);
        assertThat(project.unreadable()).isEmpty();
        assertThat(project.steps()).extracting(Step::kind, Step::effectiveDate, Step::donor, Step::supportKind, Step::ref, Step::line)
                .containsExactly(
                        tuple(StepKind.PROPOSE, "2023-02-01", null, null, null, 3),
                        tuple(StepKind.OFFER, "2023-03-01", "FR", "FUNDS", "pledge-1", 30),
                        tuple(StepKind.ACCEPT, "2023-03-01", null, null, "pledge-1", 30),
                        tuple(StepKind.OFFER, "2023-05-01", "DE", "EXPERTISE", "partner:DE", 24),
                        tuple(StepKind.ACCEPT, "2023-05-01", null, null, "partner:DE", 24),
                        tuple(StepKind.COMMIT, "2023-05-01", "DE", null, COMMITMENT, 24),
                        tuple(StepKind.DISBURSE, "2023-05-01", "DE", null, "d-1", 36),
                        tuple(StepKind.CLOSE, "2023-11-30", null, null, null, 10));
        Step proposal = project.steps().get(0);
        assertThat(proposal.title()).isEqualTo("Secure radioactive sources & train staff");
        assertThat(proposal.description()).isEqualTo("Why it matters");
        assertThat(proposal.recipients()).containsExactly("BJ", "BF");
        assertThat(proposal.area()).isEqualTo("RADIOLOGICAL");
        assertThat(proposal.priorities()).containsExactly("AFRICA");
        assertThat(List.of(proposal.amount(), proposal.currency())).containsExactly("400000.00", "EUR");
        assertThat(project.steps().get(1).amount()).isEqualTo("300000.00");
        assertThat(project.steps().get(6).currency()).as("the activity's default currency").isEqualTo("EUR");
        assertThat(project.steps().get(7).outcome()).isEqualTo("COMPLETED");
    }

    @Test
    void anotherIdentifierGetsANameBasedIdAndStatusFiveCancels() {
        String xml = ACTIVITY.replace("XM-GPTRACKER-" + PROJECT, "GB-GOV-1-300123").replace("activity-status code=\"4\"",
                "activity-status code=\"5\"");

        ProjectSteps project = read(xml).projects().get(0);

        assertThat(project.projectId()).isEqualTo(Ids.named("GB-GOV-1-300123"));
        assertThat(project.steps().get(project.steps().size() - 1).outcome()).isEqualTo("CANCELLED");
    }

    @Test
    void statusFiveClosesWithTheOutcomeTheExtensionElementNames() {
        String xml = ACTIVITY.replace("<iati-activities ", "<iati-activities xmlns:gp=\"https://gp-tracker.org/iati\" ")
                .replace("activity-status code=\"4\"", "activity-status code=\"5\"")
                .replace("</iati-activity>", "<gp:outcome code=\"WITHDRAWN\"/></iati-activity>");

        ProjectSteps project = read(xml).projects().get(0);

        assertThat(project.steps().get(project.steps().size() - 1).outcome()).isEqualTo("WITHDRAWN");
    }

    @Test
    void transactionsOutsideTheMappingKeepTheirProjectOutByLine() {
        String xml = ACTIVITY.replace("<transaction-type code=\"3\"/>", "<transaction-type code=\"1\"/>")
                .replace("<provider-org ref=\"XM-GPTRACKER-MEMBER-FR\"><narrative>France</narrative></provider-org>",
                        "<provider-org ref=\"FR-3\"/>");

        assertThat(read(xml).projects().get(0).unreadable()).extracting(ImportError::line).containsExactlyInAnyOrder(30, 36);
    }

    @Test
    void aFileThatIsNotIatiOrNotWellFormedIsUnreadable() {
        assertThatThrownBy(() -> read("<project/>")).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("not iati-activities");
        assertThatThrownBy(() -> read("<iati-activities>\n<iati-activity>\n</iati-activities>"))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("line 3: the file is not well-formed XML");
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <iati-activities><iati-activity><iati-identifier>&x;</iati-identifier></iati-activity></iati-activities>"""))
                .as("no DTD, no external entity").isInstanceOf(UnreadableFileException.class);
    }

    static FileContent read(String xml) {
        return IatiXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
