package org.reggraph.ingest.clml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.tika.metadata.TikaCoreProperties;
import org.reggraph.ingest.FailureKind;
import org.reggraph.ingest.IngestException;
import org.reggraph.ingest.ParsedText;
import org.reggraph.ingest.SecureXml;
import org.reggraph.ingest.StructuredSources;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Recognises an act or instrument in legislation.gov.uk's XML (a root {@code <Legislation>} in its namespace)
 * and reads it as its sections ({@link ActRenderer}). Any other file is left to Tika.
 */
public final class UkLegislation {
    private static final String METADATA_NAMESPACE = "http://www.legislation.gov.uk/namespaces/metadata";
    private static final Pattern ROOT = Pattern.compile(
            "<Legislation\\b[^>]*\\bxmlns\\s*=\\s*[\"']" + Pattern.quote(ClmlElements.NAMESPACE) + "[\"']");

    private UkLegislation() {
    }

    /**
     * The act in {@code file} rendered as text with its provisions, or empty when the file is not
     * legislation.gov.uk's XML; a file that opens as such and cannot be read fails with the reason.
     */
    public static Optional<ParsedText> read(Path file, String opening, String displayName, long maxChars)
            throws IngestException {
        if (!ROOT.matcher(opening).find()) {
            return Optional.empty();
        }
        StructuredSources.requireReadableSize(file, displayName, maxChars, "legislation XML");
        Element legislation;
        try (InputStream in = Files.newInputStream(file)) {
            legislation = SecureXml.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (SAXException e) {
            throw new IngestException(FailureKind.CORRUPT, displayName,
                    "not readable legislation XML: not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IngestException(FailureKind.CORRUPT, displayName, "no secure XML parser: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, displayName, "could not be read: " + e.getMessage(), e);
        }
        if (!"Legislation".equals(legislation.getLocalName())
                || !ClmlElements.NAMESPACE.equals(legislation.getNamespaceURI())) {
            throw new IngestException(FailureKind.CORRUPT, displayName,
                    "not readable legislation XML: the root element is not <Legislation>");
        }
        return Optional.of(StructuredSources.withinLimit(
                ActRenderer.render(legislation).parsed("application/xml", metadataOf(legislation)), displayName, maxChars));
    }

    /** The title the act gives itself, and the date it was enacted or made. */
    private static Map<String, String> metadataOf(Element legislation) {
        Map<String, String> metadata = new HashMap<>();
        Element primary = ClmlElements.child(legislation, "Primary").or(() -> ClmlElements.child(legislation, "Secondary"))
                .orElse(legislation);
        ClmlElements.children(primary).stream().filter(part -> part.getLocalName().endsWith("Prelims")).findFirst()
                .flatMap(prelims -> ClmlElements.child(prelims, "Title"))
                .map(title -> title.getTextContent().replaceAll("\\s+", " ").strip())
                .ifPresent(title -> metadata.put(TikaCoreProperties.TITLE.getName(), title));
        for (String dateElement : new String[] {"EnactmentDate", "Made"}) {
            var dates = legislation.getElementsByTagNameNS(METADATA_NAMESPACE, dateElement);
            if (dates.getLength() > 0 && dates.item(0) instanceof Element date && date.hasAttribute("Date")) {
                metadata.put(TikaCoreProperties.CREATED.getName(), date.getAttribute("Date"));
                break;
            }
        }
        metadata.put("dc:language", "en");
        return metadata;
    }
}
