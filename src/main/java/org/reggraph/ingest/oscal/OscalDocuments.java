package org.reggraph.ingest.oscal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.TikaCoreProperties;
import org.reggraph.ingest.FailureKind;
import org.reggraph.ingest.IngestException;
import org.reggraph.ingest.ParsedText;

/**
 * Recognises an OSCAL catalog or profile by its opening and reads it, in JSON, YAML or XML, as the text its
 * publication reads with its provisions already cut ({@link CatalogRenderer}, {@link ProfileRenderer}). Any
 * other file is left to Tika.
 */
public final class OscalDocuments {
    /** What the opening of a file is read for: enough for an XML prolog, comments and the root's attributes. */
    private static final int OPENING_BYTES = 8192;
    /** A document is held whole while read; its file may be this many times the text limit, no more. */
    private static final int BYTES_PER_TEXT_CHAR = 4;
    private static final Pattern JSON_ROOT = Pattern.compile(
            "^\\uFEFF?\\s*\\{(?:\\s*\"\\$schema\"\\s*:\\s*\"[^\"]*\"\\s*,)?\\s*\"(catalog|profile)\"\\s*:");
    private static final Pattern XML_ROOT = Pattern.compile(
            "<(catalog|profile)\\b[^>]*\\bxmlns\\s*=\\s*[\"']" + Pattern.quote(OscalXmlReader.NAMESPACE) + "[\"']");
    /** Comments, a directive or a document start may come before the root key. */
    private static final Pattern YAML_ROOT = Pattern.compile(
            "^\\uFEFF?(?:[ \\t]*(?:#[^\\n]*|---[ \\t]*|%[^\\n]*)?\\r?\\n)*"
                    + "(catalog|profile):[ \\t]*(?:#[^\\n]*)?\\r?\\n");

    private enum Form { JSON, YAML, XML }

    private record Opening(Form form, String model) {
        String mediaType() {
            return "application/oscal." + model + "+" + form.name().toLowerCase(Locale.ROOT);
        }
    }

    private OscalDocuments() {
    }

    /**
     * The catalog or profile in {@code file} rendered as text with its provisions, or empty when the file is
     * neither. A file that opens as one and cannot be read as one fails with the reason, naming
     * {@code displayName}.
     */
    public static Optional<ParsedText> read(Path file, String displayName, long maxChars) throws IngestException {
        Optional<Opening> opening = openingOf(file, displayName);
        if (opening.isEmpty()) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            long maxBytes = maxChars * BYTES_PER_TEXT_CHAR;
            if (size > maxBytes) {
                throw new IngestException(FailureKind.TOO_LARGE, displayName, "an OSCAL " + opening.get().model()
                        + " of " + size + " bytes is larger than the limit of " + maxBytes + " bytes");
            }
            Rendered rendered;
            try (InputStream in = Files.newInputStream(file)) {
                rendered = render(in, opening.get(), maxBytes);
            }
            if (rendered.text().text().length() > maxChars) {
                throw new IngestException(FailureKind.TOO_LARGE, displayName,
                        "text is longer than " + maxChars + " characters");
            }
            return Optional.of(new ParsedText(rendered.text().text(), opening.get().mediaType(),
                    rendered.text().headings(), metadataOf(rendered.metadata()), rendered.text().provisions()));
        } catch (InvalidOscalException e) {
            throw new IngestException(FailureKind.CORRUPT, displayName,
                    "not a readable OSCAL " + opening.get().model() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, displayName, "could not be read: " + e.getMessage(), e);
        }
    }

    private record Rendered(OscalMetadata metadata, OscalText.Rendered text) {
    }

    private static Rendered render(InputStream in, Opening opening, long maxCodePoints)
            throws IOException, InvalidOscalException {
        boolean catalog = opening.model().equals("catalog");
        if (opening.form() == Form.XML) {
            var root = OscalXmlReader.root(in, opening.model());
            return catalog ? rendered(OscalXmlReader.catalog(root)) : rendered(OscalXmlReader.profile(root));
        }
        var root = OscalTreeReader.root(in, opening.form() == Form.YAML, opening.model(), maxCodePoints);
        return catalog ? rendered(OscalTreeReader.catalog(root)) : rendered(OscalTreeReader.profile(root));
    }

    private static Rendered rendered(Catalog catalog) {
        return new Rendered(catalog.metadata(), CatalogRenderer.render(catalog));
    }

    private static Rendered rendered(Profile profile) {
        return new Rendered(profile.metadata(), ProfileRenderer.render(profile));
    }

    private static Map<String, String> metadataOf(OscalMetadata metadata) {
        Map<String, String> values = new HashMap<>();
        values.put(TikaCoreProperties.TITLE.getName(), metadata.title());
        metadata.published().or(metadata::lastModified)
                .ifPresent(date -> values.put(TikaCoreProperties.CREATED.getName(), date));
        metadata.version().ifPresent(version -> values.put("oscal:version", version));
        return values;
    }

    private static Optional<Opening> openingOf(Path file, String displayName) throws IngestException {
        byte[] bytes = new byte[OPENING_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(bytes, 0, OPENING_BYTES);
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, displayName, "could not be read: " + e.getMessage(), e);
        }
        String head = new String(bytes, 0, length, StandardCharsets.UTF_8);
        for (Form form : Form.values()) {
            Matcher root = (form == Form.JSON ? JSON_ROOT : form == Form.YAML ? YAML_ROOT : XML_ROOT).matcher(head);
            if (root.find()) {
                return Optional.of(new Opening(form, root.group(1)));
            }
        }
        return Optional.empty();
    }
}
