package org.gptracker.query.export;

import org.gptracker.events.iati.ActivityStatus;
import org.gptracker.events.iati.Iati;
import org.gptracker.events.value.Money;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes a project as one IATI 2.03 {@code iati-activity} (DESIGN §8), its elements in the order the schema's
 * sequence demands. Import reads the same mapping back, so export, import and export again give the same activity.
 */
final class IatiActivity {

    static final String REPORTING_ORG_NAME = "Global Partnership Against the Spread of Weapons and Materials of Mass Destruction";

    private static final String GOVERNMENT = "10";
    private static final String MULTILATERAL = "40";
    private static final String GENERAL_DESCRIPTION = "1";
    private static final String ORIGINAL_BUDGET = "1";
    private static final String INDICATIVE = "1";

    private final XMLStreamWriter xml;
    private final Map<String, String> priorityTitles;

    /** @param priorityTitles a title for each priority code the presidencies declared; others are named by their code */
    IatiActivity(XMLStreamWriter xml, Map<String, String> priorityTitles) {
        this.xml = xml;
        this.priorityTitles = priorityTitles;
    }

    void write(ExportedProject project) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", project.lastUpdated().toString());
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        xml.writeAttribute("default-currency", project.requestedBudget().currencyCode());
        text("iati-identifier", Iati.activityId(project.projectId()));
        start("reporting-org", "ref", Iati.REPORTING_ORG, "type", MULTILATERAL);
        narrative(REPORTING_ORG_NAME);
        xml.writeEndElement();
        start("title");
        narrative(project.title());
        xml.writeEndElement();
        // the schema wants a description: a project without one gets an empty narrative
        start("description", "type", GENERAL_DESCRIPTION);
        narrative(project.description() == null ? "" : project.description());
        xml.writeEndElement();
        for (String partner : project.partners()) {
            organisation("participating-org", Iati.FUNDING_ROLE, Iati.member(partner), partner);
        }
        for (String recipient : project.recipients()) {
            organisation("participating-org", Iati.IMPLEMENTING_ROLE, Iati.state(recipient), recipient);
        }
        empty("activity-status", "code", ActivityStatus.of(project.status(), project.outcome()).code());
        empty("activity-date", "type", Iati.ACTUAL_START, "iso-date", project.proposedOn().toString());
        if (project.closedOn() != null) {
            empty("activity-date", "type", Iati.ACTUAL_END, "iso-date", project.closedOn().toString());
        }
        List<BigDecimal> shares = Percentages.split(project.recipients().size());
        for (int i = 0; i < shares.size(); i++) {
            empty("recipient-country", "code", project.recipients().get(i), "percentage", shares.get(i).toPlainString());
        }
        start("sector", "vocabulary", Iati.REPORTER_OWN_VOCABULARY, "vocabulary-uri", Iati.AREA_VOCABULARY,
                "code", project.area().name(), "percentage", "100");
        narrative(Labels.area(project.area()));
        xml.writeEndElement();
        for (String priority : project.priorities()) {
            start("tag", "vocabulary", Iati.REPORTER_OWN_VOCABULARY, "vocabulary-uri", Iati.PRIORITY_VOCABULARY, "code", priority);
            narrative(priorityTitles.getOrDefault(priority, priority));
            xml.writeEndElement();
        }
        budget(project.requestedBudget(), project.proposedOn());
        for (Transaction transaction : project.transactions()) {
            transaction(transaction);
        }
        if (project.outcome() != null) {
            // ActivityStatus 5 covers cancelled and withdrawn alike: the outcome itself goes in GP Tracker's extension
            xml.writeEmptyElement(Iati.EXTENSION_PREFIX, Iati.OUTCOME, Iati.EXTENSION_NAMESPACE);
            xml.writeAttribute("code", project.outcome());
        }
        xml.writeEndElement();
    }

    /** The requested budget over the project's first year (to the day before its anniversary), as IATI budgets span a year at most. */
    private void budget(Money requested, LocalDate proposedOn) throws XMLStreamException {
        start("budget", "type", ORIGINAL_BUDGET, "status", INDICATIVE);
        empty("period-start", "iso-date", proposedOn.toString());
        empty("period-end", "iso-date", proposedOn.minusDays(1).plusYears(1).toString());
        value(requested, proposedOn);
        xml.writeEndElement();
    }

    private void transaction(Transaction transaction) throws XMLStreamException {
        start("transaction", "ref", transaction.ref());
        empty("transaction-type", "code", transaction.type().iatiCode());
        empty("transaction-date", "iso-date", transaction.date().toString());
        value(transaction.value(), transaction.date());
        organisation("provider-org", null, Iati.member(transaction.donor()), transaction.donor());
        xml.writeEndElement();
    }

    private void value(Money money, LocalDate valueDate) throws XMLStreamException {
        start("value", "currency", money.currencyCode(), "value-date", valueDate.toString());
        xml.writeCharacters(money.amountText());
        xml.writeEndElement();
    }

    /** An organisation by its ref and type, named in English; {@code role} null where the element has none. */
    private void organisation(String element, String role, String ref, String code) throws XMLStreamException {
        xml.writeStartElement(element);
        if (role != null) {
            xml.writeAttribute("role", role);
        }
        xml.writeAttribute("ref", ref);
        xml.writeAttribute("type", "EU".equals(code) ? MULTILATERAL : GOVERNMENT);
        narrative(Labels.member(code));
        xml.writeEndElement();
    }

    private void text(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        text("narrative", text);
    }

    private void start(String element, String... attributes) throws XMLStreamException {
        xml.writeStartElement(element);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], XmlText.clean(attributes[i + 1]));
        }
    }

    private void empty(String element, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(element);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], XmlText.clean(attributes[i + 1]));
        }
    }
}
