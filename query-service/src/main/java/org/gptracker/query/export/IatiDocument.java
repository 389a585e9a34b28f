package org.gptracker.query.export;

import org.gptracker.events.iati.Iati;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * An {@code iati-activities} document written as its activities come. It opens its target only with the first
 * activity: the schema wants at least one, so a selection without projects is answered otherwise, before
 * anything is sent.
 */
final class IatiDocument {

    /** Where the document goes, opened once it has something to hold. */
    interface Target {
        OutputStream open() throws IOException;
    }

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final Target target;
    private final Instant generatedAt;
    private final Map<String, String> priorityTitles;
    private XMLStreamWriter xml;
    private IatiActivity activity;

    IatiDocument(Target target, Instant generatedAt, Map<String, String> priorityTitles) {
        this.target = target;
        this.generatedAt = generatedAt.truncatedTo(ChronoUnit.SECONDS);
        this.priorityTitles = priorityTitles;
    }

    void add(ExportedProject project) {
        try {
            if (xml == null) {
                open();
            }
            xml.writeCharacters("\n");
            activity.write(project);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the IATI document could not be written", e);
        }
    }

    /** @return false when no activity was added, so nothing was written */
    boolean finish() {
        if (xml == null) {
            return false;
        }
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            return true;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the IATI document could not be written", e);
        }
    }

    private void open() throws XMLStreamException {
        try {
            xml = FACTORY.createXMLStreamWriter(target.open(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        activity = new IatiActivity(xml, priorityTitles);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("iati-activities");
        xml.writeNamespace(Iati.EXTENSION_PREFIX, Iati.EXTENSION_NAMESPACE);
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", generatedAt.toString());
    }
}
