package org.gptracker.query.export;

import org.gptracker.query.IatiSchema;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IatiActivityTest {

    private static final Map<String, String> TITLES = Map.of("BIOSECURITY_AFRICA", "Biosecurity in Africa");

    private final XPath xpath = XPathFactory.newInstance().newXPath();

    @Test
    void theDocumentValidatesAgainstTheIati203Schema() throws Exception {
        String document = write(Projects.funded(), Projects.withdrawn());

        IatiSchema.validate(document);
        assertThat(document).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Document xml = parse(document);
        assertThat(text(xml, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(text(xml, "/iati-activities/@generated-datetime")).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(texts(xml, "/iati-activities/iati-activity/iati-identifier"))
                .containsExactly("XM-GPTRACKER-" + Projects.FUNDED_ID, "XM-GPTRACKER-" + Projects.CLOSED_ID);
    }

    @Test
    void aProjectBecomesAnActivityByTheMappingOfDesign() throws Exception {
        Document xml = parse(write(Projects.funded()));
        String activity = "/iati-activities/iati-activity";

        assertThat(text(xml, activity + "/@last-updated-datetime")).isEqualTo("2024-05-01T10:15:30.123456Z");
        assertThat(text(xml, activity + "/@*[local-name()='lang' and namespace-uri()='http://www.w3.org/XML/1998/namespace']")).isEqualTo("en");
        assertThat(text(xml, activity + "/@default-currency")).isEqualTo("EUR");
        assertThat(text(xml, activity + "/reporting-org/@ref")).isEqualTo("XM-GPTRACKER");
        assertThat(text(xml, activity + "/reporting-org/@type")).isEqualTo("40");
        assertThat(text(xml, activity + "/reporting-org/narrative"))
                .isEqualTo("Global Partnership Against the Spread of Weapons and Materials of Mass Destruction");
        assertThat(text(xml, activity + "/title/narrative")).isEqualTo("Biosafety labs, \"phase 2\"");
        assertThat(text(xml, activity + "/description[@type='1']/narrative")).isEqualTo("Three labs & a <network>");
        assertThat(attributes(xml, activity + "/participating-org", "role", "ref", "type", "narrative")).containsExactly(
                "1 XM-GPTRACKER-MEMBER-CA 10 Canada", "1 XM-GPTRACKER-MEMBER-JP 10 Japan",
                "4 XM-GPTRACKER-STATE-MG 10 Madagascar", "4 XM-GPTRACKER-STATE-MW 10 Malawi",
                "4 XM-GPTRACKER-STATE-ZM 10 Zambia");
        assertThat(text(xml, activity + "/activity-status/@code")).isEqualTo("2");
        assertThat(attributes(xml, activity + "/activity-date", "type", "iso-date")).containsExactly("2 2024-02-29");
        assertThat(attributes(xml, activity + "/recipient-country", "code", "percentage"))
                .containsExactly("MG 33.33", "MW 33.33", "ZM 33.34");
        assertThat(attributes(xml, activity + "/sector", "vocabulary", "vocabulary-uri", "code", "percentage", "narrative"))
                .containsExactly("99 https://gp-tracker.org/codes/cbrn-area BIOLOGICAL 100 Biological");
        assertThat(attributes(xml, activity + "/tag", "vocabulary", "vocabulary-uri", "code", "narrative")).containsExactly(
                "99 https://gp-tracker.org/codes/priority BIOSECURITY_AFRICA Biosecurity in Africa",
                "99 https://gp-tracker.org/codes/priority LABS LABS");
        assertThat(attributes(xml, activity + "/budget", "type", "status", "period-start/@iso-date", "period-end/@iso-date",
                "value/@currency", "value/@value-date", "value")).containsExactly("1 1 2024-02-29 2025-02-28 EUR 2024-02-29 900000.00");
        assertThat(attributes(xml, activity + "/transaction", "ref", "transaction-type/@code", "transaction-date/@iso-date",
                "value/@currency", "value/@value-date", "value", "provider-org/@ref", "provider-org/@type", "provider-org/narrative"))
                .containsExactly(
                        "o1 12 2024-03-10 EUR 2024-03-10 500000.00 XM-GPTRACKER-MEMBER-CA 10 Canada",
                        "c2 2 2024-04-01 JPY 2024-04-01 20000000 XM-GPTRACKER-MEMBER-JP 10 Japan",
                        "c1 2 2024-04-02 EUR 2024-04-02 400000.00 XM-GPTRACKER-MEMBER-CA 10 Canada",
                        "c3 2 2024-04-03 EUR 2024-04-03 50000.50 XM-GPTRACKER-MEMBER-CA 10 Canada",
                        "d1 3 2024-04-20 EUR 2024-04-20 100000.00 XM-GPTRACKER-MEMBER-CA 10 Canada");
    }

    @Test
    void aClosedProjectWithoutDescriptionOrTransactionsStillMakesAValidActivity() throws Exception {
        String document = write(Projects.withdrawn());
        IatiSchema.validate(document);
        Document xml = parse(document);
        String activity = "/iati-activities/iati-activity";

        assertThat(text(xml, activity + "/@default-currency")).isEqualTo("JPY");
        assertThat(texts(xml, activity + "/description/narrative")).containsExactly("");
        assertThat(attributes(xml, activity + "/participating-org", "role", "ref", "type", "narrative"))
                .containsExactly("1 XM-GPTRACKER-MEMBER-EU 40 European Union", "4 XM-GPTRACKER-STATE-UA 10 Ukraine");
        assertThat(text(xml, activity + "/activity-status/@code")).isEqualTo("5");
        assertThat(attributes(xml, activity + "/activity-date", "type", "iso-date")).containsExactly("2 2023-01-05", "4 2023-06-30");
        assertThat(attributes(xml, activity + "/recipient-country", "code", "percentage")).containsExactly("UA 100.00");
        assertThat(texts(xml, activity + "/tag")).isEmpty();
        assertThat(texts(xml, activity + "/budget/value")).containsExactly("30000000");
        assertThat(texts(xml, activity + "/transaction")).isEmpty();
    }

    @Test
    void aClosedProjectCarriesItsOutcomeInTheExtensionElementAndStillValidates() throws Exception {
        String document = write(Projects.withdrawn());
        IatiSchema.validate(document);

        assertThat(document).contains("xmlns:gp=\"https://gp-tracker.org/iati\"").contains("<gp:outcome code=\"WITHDRAWN\"/>");
    }

    @Test
    void charactersXmlCannotHoldAreLeftOutRatherThanBreakingTheDocument() throws Exception {
        ExportedProject funded = Projects.funded();
        ExportedProject pasted = new ExportedProject(funded.projectId(), "Bell\u0007 and \uD83D\uDE80 rocket", "lone \uD800 surrogate",
                funded.recipients(), funded.area(), funded.priorities(), funded.requestedBudget(), funded.status(),
                funded.outcome(), funded.proposedOn(), funded.proposedPresidency(), funded.matchedOn(), funded.fundedOn(),
                funded.closedOn(), funded.lastUpdated(), funded.partners(), funded.transactions());
        String document = write(pasted);

        IatiSchema.validate(document);
        assertThat(text(parse(document), "//title/narrative")).isEqualTo("Bell and \uD83D\uDE80 rocket");
    }

    @Test
    void withoutActivitiesNothingIsWrittenAndTheTargetIsNeverOpened() {
        IatiDocument document = new IatiDocument(() -> {
            throw new AssertionError("opened without an activity");
        }, Instant.now(), TITLES);

        assertThat(document.finish()).isFalse();
    }

    private static String write(ExportedProject... projects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiDocument document = new IatiDocument(() -> out, Instant.parse("2026-01-02T03:04:05.678Z"), TITLES);
        for (ExportedProject project : projects) {
            document.add(project);
        }
        assertThat(document.finish()).isTrue();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document parse(String document) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }

    private String text(Document xml, String path) throws Exception {
        return xpath.evaluate(path, xml);
    }

    private List<String> texts(Document xml, String path) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(path, xml, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** Per element at {@code path}: the values of these attributes or relative paths, joined by spaces. */
    private List<String> attributes(Document xml, String path, String... parts) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(path, xml, XPathConstants.NODESET);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            List<String> values = new ArrayList<>();
            for (String part : parts) {
                values.add(xpath.evaluate(part.contains("/") || part.equals("narrative") || part.equals("value")
                        ? part : "@" + part, node));
            }
            rows.add(String.join(" ", values));
        }
        return rows;
    }
}
