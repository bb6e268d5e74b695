package org.reggraph.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s\"<>]+");
    private static final Pattern DATA_TYPES = Pattern.compile(
            "json|yaml|csv|tab-separated|spreadsheet|excel|ms-excel|opendocument\\.spreadsheet");
    /** The last " | ", " - ", " – " or "_" of a page title, and what follows it. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("(?: [|\\-–—] |_)[^|\\-–—_]+$");
    private static final int SITE_SUFFIX_KEEPS_LETTERS = 10;
    private static final Pattern FILE_NAME = Pattern.compile("[\\w.-]+\\.(?:xml|html?|pdf|docx?|xlsx?|txt|md|json|fmx)",
            Pattern.CASE_INSENSITIVE);

    private final SourceManifest manifests = new SourceManifest();
    private final DocumentIdentity identities = new DocumentIdentity();
    private final Segmenter segmenter = new Segmenter();

    public SourceDocument describe(Path file, ParsedText parsed, String sha256) {
        ManifestEntry entry = manifests.entryFor(file);
        String fileName = file.getFileName().toString();
        DocumentKind kind = entry.kind() != null ? DocumentKind.parse(entry.kind()) : kindFromPath(file);
        String declaredTitle = firstNonBlank(entry.title(), parsed.metadata(TextExtractor.FRONT_MATTER_PREFIX + "title"),
                usableMetadataTitle(parsed.metadata(TikaCoreProperties.TITLE.getName()), parsed.mediaType()),
                isData(parsed.mediaType()) ? null : OpeningTitle.find(parsed.text()).orElse(null));
        DocumentIdentity.Identity identity =
                identities.identify(entry.identifier(), declaredTitle, parsed.text(), fileName, kind);
        // Without a title of its own, a document is named by its identifier when it declares one
        // ("Directive (EU) 2022/2555"), else by its file name read as words.
        String title = declaredTitle != null ? OpeningTitle.clean(declaredTitle)
                : !identity.identifier().equals(fileName) && !isData(parsed.mediaType()) ? identity.identifier()
                : fileNameAsWords(fileName);
        Optional<String> sourceUrl = sourceUrl(entry, parsed);
        // A publication is named by its identifier ("NIST SP 800-218"), or by its title when it declares none.
        String publicationName = identity.identifier().equals(fileName) ? title : identity.identifier();
        Optional<IssuingBody> issuer = entry.issuer() != null && entry.jurisdiction() != null ? Optional.empty()
                : IssuerFinder.find(parsed, sourceUrl, publicationName, kind);
        return new SourceDocument(
                identity.key(),
                identity.identifier(),
                identity.alsoKnownAs(),
                title,
                kind,
                Optional.ofNullable(entry.issuer()).or(() -> issuer.map(IssuingBody::name)),
                dateOf(entry, parsed, fileName),
                Optional.ofNullable(entry.jurisdiction()).or(() -> issuer.map(IssuingBody::jurisdiction))
                        .or(() -> IssuerFinder.jurisdictionOfIdentifier(identity.identifier())),
                Optional.ofNullable(firstNonBlank(entry.language(), parsed.metadata("dc:language"),
                        parsed.metadata("Content-Language"))).map(DocumentDescriber::languageTag),
                sourceUrl,
                fileName,
                parsed.mediaType(),
                sha256,
                parsed.text(),
                parsed.provisions().isEmpty() ? segmenter.segment(parsed.text(), parsed.headings()) : parsed.provisions(),
                Boolean.TRUE.equals(entry.sample()),
                Map.of(),
                OptionalInt.empty(),
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

    /**
     * The date a document was issued: declared by its manifest or front matter, else the date its first page
     * gives itself, else its file's creation date or a date in its file name. A file is often made long after
     * the document it holds (a converted page, an OSCAL export), so its own dates come after the text's.
     */
    private static Optional<LocalDate> dateOf(ManifestEntry entry, ParsedText parsed, String fileName) {
        return isoDate(entry.date(), parsed.metadata(TextExtractor.FRONT_MATTER_PREFIX + "date"))
                .or(() -> IssueDates.find(parsed.text()))
                .or(() -> isoDate(parsed.metadata(TikaCoreProperties.CREATED.getName()), fileName));
    }

    private static Optional<LocalDate> isoDate(String... candidates) {
        for (String candidate : candidates) {
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

    /** Where the file was taken from: the manifest's address, a scraped page's front matter, a page's own. */
    private static Optional<String> sourceUrl(ManifestEntry entry, ParsedText parsed) {
        return Optional.ofNullable(firstNonBlank(entry.sourceUrl(),
                webAddress(parsed.metadata(TextExtractor.FRONT_MATTER_PREFIX + "source_url")),
                webAddress(parsed.metadata(TextExtractor.FRONT_MATTER_PREFIX + "source")),
                webAddress(parsed.metadata("og:url"))));
    }

    private static String webAddress(String value) {
        return value != null && WEB_ADDRESS.matcher(value.strip()).matches() ? value.strip() : null;
    }

    private static String languageTag(String language) {
        String tag = language.trim().replace('_', '-');
        int comma = tag.indexOf(',');
        return (comma > 0 ? tag.substring(0, comma) : tag).toLowerCase(Locale.ROOT);
    }

    /**
     * Tables and records (JSON, YAML, CSV, spreadsheets) open with data, not a title: "\"Status\": \"Active\","
     * or a header row would name the document.
     */
    private static boolean isData(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        return DATA_TYPES.matcher(type).find();
    }

    /**
     * A title from the file's own metadata, unless it is a file name (EUR-Lex pages carry
     * "L_2016119EN.01000101.xml"). A web page's title ends with its site's name ("... | The White House",
     * "... - GOV.UK"), which names the site, not the document.
     */
    private static String usableMetadataTitle(String title, String mediaType) {
        if (title == null || title.isBlank() || FILE_NAME.matcher(title.strip()).matches()) {
            return null;
        }
        String usable = OpeningTitle.undoubled(title.strip());
        if (mediaType != null && mediaType.contains("html")) {
            Matcher site = SITE_SUFFIX.matcher(usable);
            if (site.find() && site.start() > 0 && usable.substring(0, site.start()).codePoints()
                    .filter(Character::isLetter).count() >= SITE_SUFFIX_KEEPS_LETTERS) {
                usable = usable.substring(0, site.start()).strip();
            }
        }
        return usable;
    }

    /** "NIST_CSF_2.0_core.json" reads "NIST CSF 2.0 core". */
    static String fileNameAsWords(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return stem.replace('_', ' ').replaceAll("\\s+", " ").strip();
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
