package org.reggraph.ingest;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * DOM parsers for the XML formats RegGraph reads itself (OSCAL, legislation.gov.uk). They refuse document type
 * declarations, so no entity can expand or read a file, and they do not print errors: the exception says it.
 */
public final class SecureXml {
    private SecureXml() {
    }

    public static DocumentBuilder newDocumentBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // The default handler prints each fatal error to stderr before it is thrown.
        builder.setErrorHandler(new DefaultHandler());
        return builder;
    }
}
