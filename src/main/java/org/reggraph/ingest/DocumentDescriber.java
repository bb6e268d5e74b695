package org.reggraph.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.TikaCoreProperties;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.SourceDocument;

/**
 * Describes a parsed file as a {@link SourceDocument}: its identity, title, kind, issuer and date, taken in
 * order of trust from the folder's manifest, the file's front matter and metadata, and its path.
 */
public final class DocumentDescriber {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private final SourceManifest manifests = new SourceManifest();
    private final DocumentIdentity identities = new DocumentIdentity();
    private final Segmenter segmenter = new Segmenter();

    public SourceDocument describe(Path file, ParsedText parsed, String sha256) {
        ManifestEntry entry = manifests.entryFor(file);
        String fileName = file.getFileName().toString();
        DocumentKind kind = entry.kind() != null ? DocumentKind.parse(entry.kind()) : kindFromPath(file);
        String title = firstNonBlank(entry.title(), parsed.metadata(TextExtractor.FRONT_MATTER_PREFIX + "title"),
                parsed.metadata(TikaCoreProperties.TITLE.getName()), firstLine(parsed.text()), fileName);
        DocumentIdentity.Identity identity =
                identities.identify(entry.identifier(), title, parsed.text(), fileName, kind);
        return new SourceDocument(
                identity.key(),
                identity.identifier(),
                identity.alsoKnownAs(),
                title,
                kind,
                Optional.ofNullable(entry.issuer()),
                dateOf(entry, parsed, fileName),
                Optional.ofNullable(entry.jurisdiction()),
                Optional.ofNullable(firstNonBlank(entry.language(), parsed.metadata("dc:language"),
                        parsed.metadata("Content-Language"))).map(DocumentDescriber::languageTag),
                Optional.ofNullable(firstNonBlank(entry.sourceUrl(),
                        parsed.metadata(TextExtractor.FRONT_MATTER_PREFIX + "source_url"))),
                fileName,
                parsed.mediaType(),
                sha256,
                parsed.text(),
                segmenter.segment(parsed.text(), parsed.headings()),
                Boolean.TRUE.equals(entry.sample()),
                Map.of());
    }

    /** Folders named news, guidance or directives say what their files are; directive is the default. */
    public static DocumentKind kindFromPath(Path file) {
        for (Path part : file.toAbsolutePath().normalize()) {
            String name = part.toString().toLowerCase(Locale.ROOT);
            if (name.equals("news")) {
                return DocumentKind.NEWS;
            }
            if (name.equals("guidance")) {
                return DocumentKind.GUIDANCE;
            }
        }
        return DocumentKind.DIRECTIVE;
    }

    private static Optional<LocalDate> dateOf(ManifestEntry entry, ParsedText parsed, String fileName) {
        for (String candidate : new String[] {entry.date(), parsed.metadata(TextExtractor.FRONT_MATTER_PREFIX + "date"),
                parsed.metadata(TikaCoreProperties.CREATED.getName()), fileName}) {
            if (candidate == null) {
                continue;
            }
            Matcher iso = ISO_DATE.matcher(candidate);
            if (iso.find()) {
                try {
                    return Optional.of(LocalDate.parse(iso.group(1)));
                } catch (DateTimeParseException e) {
                    // not a real date ("2025-13-45"); try the next source
                }
            }
        }
        return Optional.empty();
    }

    private static String languageTag(String language) {
        String tag = language.trim().replace('_', '-');
        int comma = tag.indexOf(',');
        return (comma > 0 ? tag.substring(0, comma) : tag).toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String text) {
        for (String line : text.split("\\n", 20)) {
            String trimmed = line.replaceAll("^[#*\\s]+", "").trim();
            if (trimmed.length() >= 8) {
                return trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
