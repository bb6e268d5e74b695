package org.reggraph.ingest.oscal;

import java.io.IOException;
import java.io.InputStream;
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
import org.reggraph.ingest.StructuredSources;
import org.reggraph.ingest.StructuredText;

/**
 * Recognises an OSCAL catalog or profile by its opening and reads it, in JSON, YAML or XML, as the text its
 * publication reads with its provisions already cut ({@link CatalogRenderer}, {@link ProfileRenderer}). Any
 * other file is left to Tika.
 */
public final class OscalDocuments {
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
     * The catalog or profile in {@code file} (which opens with {@code opening}) rendered as text with its
     * provisions, or empty when the file is neither. A file that opens as one and cannot be read as one fails
     * with the reason, naming {@code displayName}.
     */
    public static Optional<ParsedText> read(Path file, String opening, String displayName, long maxChars)
            throws IngestException {
        Optional<Opening> recognised = openingOf(opening);
        if (recognised.isEmpty()) {
            return Optional.empty();
        }
        StructuredSources.requireReadableSize(file, displayName, maxChars, "an OSCAL " + recognised.get().model());
        try (InputStream in = Files.newInputStream(file)) {
            Rendered rendered = render(in, recognised.get(), StructuredSources.maxBytes(maxChars));
            return Optional.of(StructuredSources.withinLimit(
                    rendered.text().parsed(recognised.get().mediaType(), metadataOf(rendered.metadata())),
                    displayName, maxChars));
        } catch (InvalidOscalException e) {
            throw new IngestException(FailureKind.CORRUPT, displayName,
                    "not a readable OSCAL " + recognised.get().model() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, displayName, "could not be read: " + e.getMessage(), e);
        }
    }

    private record Rendered(OscalMetadata metadata, StructuredText text) {
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

    private static Optional<Opening> openingOf(String head) {
        for (Form form : Form.values()) {
            Matcher root = (form == Form.JSON ? JSON_ROOT : form == Form.YAML ? YAML_ROOT : XML_ROOT).matcher(head);
            if (root.find()) {
                return Optional.of(new Opening(form, root.group(1)));
            }
        }
        return Optional.empty();
    }

}
