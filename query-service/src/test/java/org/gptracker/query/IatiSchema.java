package org.gptracker.query;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;

/**
 * The official IATI 2.03 activity schema, copied from ../shared/standards/iati-2.03 into the test resources with the
 * iati-common.xsd and xml.xsd it includes by relative path. Loading and validating never go to the network: only
 * local files (or a jar's entries) may be read.
 */
public final class IatiSchema {

    private static final String LOCAL_ONLY = "file,jar:file";
    private static final Schema SCHEMA = load();

    private IatiSchema() {
    }

    /** @throws SAXException naming the first place where the document breaks the schema */
    public static void validate(String document) throws SAXException, IOException {
        Validator validator = SCHEMA.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(document)));
    }

    private static Schema load() {
        URL schema = IatiSchema.class.getResource("/iati-2.03/iati-activities-schema.xsd");
        if (schema == null) {
            throw new IllegalStateException("iati-2.03/iati-activities-schema.xsd is not on the test classpath");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, LOCAL_ONLY);
            return factory.newSchema(schema);
        } catch (SAXException e) {
            throw new IllegalStateException("the IATI 2.03 schema cannot be loaded", e);
        }
    }
}
