package org.reggraph.ingest.oscal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.tika.metadata.TikaCoreProperties;
import org.reggraph.ingest.FailureKind;
import org.reggraph.ingest.IngestException;
import org.reggraph.ingest.ParsedText;

/**
 * Recognises an OSCAL catalog by its opening and reads it, in JSON or XML, as the text its publication reads
 * with its provisions already cut ({@link CatalogRenderer}). Any other file is left to Tika.
 */
public final class OscalCatalogs {
    public static final String JSON_MEDIA_TYPE = "application/oscal.catalog+json";
    public static final String XML_MEDIA_TYPE = "application/oscal.catalog+xml";
    /** What the opening of a file is read for: enough for an XML prolog, comments and the root's attributes. */
    private static final int OPENING_BYTES = 8192;
    /** A catalog is held whole while read; its file may be this many times the text limit, no more. */
    private static final int BYTES_PER_TEXT_CHAR = 4;
    private static final Pattern JSON_CATALOG = Pattern.compile(
            "^\\uFEFF?\\s*\\{(?:\\s*\"\\$schema\"\\s*:\\s*\"[^\"]*\"\\s*,)?\\s*\"catalog\"\\s*:");
    private static final Pattern XML_CATALOG = Pattern.compile(
            "<catalog\\b[^>]*\\bxmlns\\s*=\\s*[\"']" + Pattern.quote(CatalogXmlReader.NAMESPACE) + "[\"']");

    private enum Form { JSON, XML }

    private OscalCatalogs() {
    }

    /**
     * The catalog in {@code file} rendered as text with its provisions, or empty when the file is not an OSCAL
     * catalog. A file that opens as one and cannot be read as one fails with the reason, naming
     * {@code displayName}.
     */
    public static Optional<ParsedText> read(Path file, String displayName, long maxChars) throws IngestException {
        Optional<Form> form = formOf(file, displayName);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > maxChars * BYTES_PER_TEXT_CHAR) {
                throw new IngestException(FailureKind.TOO_LARGE, displayName, "an OSCAL catalog of " + size
                        + " bytes is larger than the limit of " + maxChars * BYTES_PER_TEXT_CHAR + " bytes");
            }
            Catalog catalog;
            try (InputStream in = Files.newInputStream(file)) {
                catalog = form.get() == Form.JSON ? CatalogJsonReader.read(in) : CatalogXmlReader.read(in);
            }
            CatalogRenderer.Rendered rendered = CatalogRenderer.render(catalog);
            if (rendered.text().length() > maxChars) {
                throw new IngestException(FailureKind.TOO_LARGE, displayName,
                        "text is longer than " + maxChars + " characters");
            }
            Map<String, String> metadata = new HashMap<>();
            metadata.put(TikaCoreProperties.TITLE.getName(), catalog.title());
            catalog.published().or(catalog::lastModified)
                    .ifPresent(date -> metadata.put(TikaCoreProperties.CREATED.getName(), date));
            catalog.version().ifPresent(version -> metadata.put("oscal:version", version));
            return Optional.of(new ParsedText(rendered.text(), form.get() == Form.JSON ? JSON_MEDIA_TYPE : XML_MEDIA_TYPE,
                    rendered.headings(), metadata, rendered.provisions()));
        } catch (InvalidCatalogException e) {
            throw new IngestException(FailureKind.CORRUPT, displayName, "not a readable OSCAL catalog: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, displayName, "could not be read: " + e.getMessage(), e);
        }
    }

    private static Optional<Form> formOf(Path file, String displayName) throws IngestException {
        byte[] opening = new byte[OPENING_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(opening, 0, OPENING_BYTES);
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, displayName, "could not be read: " + e.getMessage(), e);
        }
        String head = new String(opening, 0, length, StandardCharsets.UTF_8);
        if (JSON_CATALOG.matcher(head).find()) {
            return Optional.of(Form.JSON);
        }
        return XML_CATALOG.matcher(head).find() ? Optional.of(Form.XML) : Optional.empty();
    }
}
