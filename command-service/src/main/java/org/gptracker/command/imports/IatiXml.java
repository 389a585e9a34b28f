package org.gptracker.command.imports;

import org.gptracker.events.iati.Iati;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads an IATI 2.03 activity file (StAX, one activity in memory at a time) into per-project steps
 * by the mapping of DESIGN §8; every step keeps the line of the element it comes from. Elements the
 * mapping does not use are skipped. A file that is not well-formed XML, or not
 * {@code iati-activities}, fails the import; DTDs and external entities are never read.
 */
final class IatiXml {

    private final XMLStreamReader xml;
    private final Deque<String> open = new ArrayDeque<>();
    private final FileContent content = new FileContent();
    private IatiActivity activity;
    private IatiActivity.Transaction transaction;
    private String descriptionType;

    private IatiXml(XMLStreamReader xml) {
        this.xml = xml;
    }

    static FileContent read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            return new IatiXml(xml).read();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new UnreadableFileException((line > 0 ? "line " + line + ": " : "") + "the file is not well-formed XML ("
                    + e.getMessage().replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "") + ")", e);
        } finally {
            close(xml);
        }
    }

    private FileContent read() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (open.isEmpty() && !"iati-activities".equals(xml.getLocalName())) {
                    throw new UnreadableFileException("line " + line() + ": the root element is " + xml.getLocalName()
                            + ", not iati-activities (IATI 2.03 activity file)");
                }
                start(xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(open.pop());
            }
        }
        if (content.rows() == 0 && content.loose().isEmpty()) {
            throw new UnreadableFileException("the file holds no iati-activity");
        }
        return content;
    }

    /** Reads what the mapping needs from an element; leaf elements are consumed whole (their end is not pushed). */
    private void start(String name) throws XMLStreamException {
        String parent = open.peek();
        if ("iati-activity".equals(name)) {
            activity = new IatiActivity(line());
            activity.defaultCurrency = attribute("default-currency");
        } else if (activity == null) {
            open.push(name);
            return;
        } else if (transaction != null) {
            transactionPart(name);
            return;
        } else if (Iati.EXTENSION_NAMESPACE.equals(xml.getNamespaceURI())) {
            if (Iati.OUTCOME.equals(name)) {
                activity.outcome = attribute("code");
            }
        } else {
            switch (name) {
                case "iati-identifier" -> {
                    activity.identifier = text();
                    return;
                }
                case "narrative" -> {
                    if ("title".equals(parent) && activity.title == null) {
                        activity.title = text();
                        return;
                    }
                    if ("description".equals(parent) && activity.description == null && inDescriptionOfType1()) {
                        activity.description = text();
                        return;
                    }
                }
                case "description" -> descriptionType = attribute("type");
                case "activity-status" -> {
                    activity.status = attribute("code");
                    activity.statusLine = line();
                }
                case "activity-date" -> {
                    if (Iati.ACTUAL_START.equals(attribute("type"))) {
                        activity.proposedOn = attribute("iso-date");
                    } else if (Iati.ACTUAL_END.equals(attribute("type"))) {
                        activity.closedOn = attribute("iso-date");
                    }
                }
                case "participating-org" -> {
                    String member = Iati.memberOf(attribute("ref"));
                    if (Iati.FUNDING_ROLE.equals(attribute("role")) && member != null) {
                        activity.fundingPartners.add(member);
                    }
                }
                case "recipient-country" -> activity.recipients.add(attribute("code"));
                case "sector" -> {
                    if (activity.area == null && Iati.REPORTER_OWN_VOCABULARY.equals(attribute("vocabulary"))
                            && Iati.AREA_VOCABULARY.equals(attribute("vocabulary-uri"))) {
                        activity.area = attribute("code");
                    }
                }
                case "tag" -> {
                    if (Iati.REPORTER_OWN_VOCABULARY.equals(attribute("vocabulary"))
                            && Iati.PRIORITY_VOCABULARY.equals(attribute("vocabulary-uri"))) {
                        activity.priorities.add(attribute("code"));
                    }
                }
                case "value" -> {
                    if ("budget".equals(parent) && activity.budget == null) {
                        activity.budgetCurrency = attribute("currency");
                        activity.budget = text();
                        return;
                    }
                }
                case "transaction" -> {
                    transaction = new IatiActivity.Transaction(line());
                    transaction.ref = attribute("ref");
                }
                default -> {
                }
            }
        }
        open.push(name);
    }

    private boolean inDescriptionOfType1() {
        return descriptionType == null || "1".equals(descriptionType);
    }

    private void transactionPart(String name) throws XMLStreamException {
        switch (name) {
            case "transaction-type" -> transaction.type = attribute("code");
            case "transaction-date" -> transaction.date = attribute("iso-date");
            case "provider-org" -> transaction.provider = attribute("ref");
            case "value" -> {
                transaction.currency = attribute("currency");
                transaction.amount = text();
                return;
            }
            default -> {
            }
        }
        open.push(name);
    }

    private void end(String name) {
        switch (name) {
            case "transaction" -> {
                activity.transactions.add(transaction);
                transaction = null;
            }
            case "iati-activity" -> {
                activity.addTo(content);
                activity = null;
            }
            default -> {
            }
        }
    }

    private String text() throws XMLStreamException {
        String text = xml.getElementText().strip();
        return text.isEmpty() ? null : text;
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private int line() {
        return xml.getLocation().getLineNumber();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; the stream itself is closed by its owner
            }
        }
    }
}
