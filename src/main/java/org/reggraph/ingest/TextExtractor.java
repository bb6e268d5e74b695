package org.reggraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.reggraph.ingest.clml.UkLegislation;
import org.reggraph.ingest.oscal.OscalDocuments;
import org.reggraph.ingest.records.RecordTables;
import org.reggraph.model.Span;
import org.xml.sax.SAXException;

/**
 * The one wrapper around Tika's {@link AutoDetectParser}, and the door to the formats read without it (OSCAL
 * catalogs and profiles, {@link OscalDocuments}; UK legislation, {@link UkLegislation}; tables of records,
 * {@link RecordTables}). Every parse gets its own {@link ParseContext},
 * a limit on the text's length and a time limit; Tika's own secure XML settings and zip-bomb guard stay on.
 * Failures come out typed, never as Tika's exceptions.
 */
public final class TextExtractor implements AutoCloseable {
    /** Metadata keys taken from a Markdown file's YAML front matter start with this. */
    public static final String FRONT_MATTER_PREFIX = "frontmatter:";

    private static final HtmlMapper PAGE_TEXT_ONLY = new PageChromeMapper();
    /**
     * Tika reads an OSCAL catalog as raw JSON, or as XML without the attributes that hold its controls' ids, an
     * act in legislation.gov.uk's XML with its section numbers apart from their words, and a table of records
     * as one run of cells; these formats are read by RegGraph itself.
     */
    private static final List<StructuredReader> STRUCTURED =
            List.of(OscalDocuments::read, UkLegislation::read, RecordTables::read);

    private final TikaConfig tika = TikaConfig.getDefaultConfig();
    private final AutoDetectParser parser = new AutoDetectParser(tika);
    private final EncodingDetector encoding = new Utf8FirstEncodingDetector(tika.getEncodingDetector());
    private final long maxChars;
    private final Duration timeout;
    // Daemon threads: a parser stuck in a loop it cannot leave must not keep the JVM alive.
    private final ExecutorService parsing = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tika-parse");
        thread.setDaemon(true);
        return thread;
    });

    public TextExtractor(long maxChars, Duration timeout) {
        this.maxChars = maxChars;
        this.timeout = timeout;
    }

    /** Parses a file; the file name in every failure is {@code displayName}. */
    public ParsedText extract(Path file, String displayName) throws IngestException {
        if (!Files.isRegularFile(file)) {
            throw new IngestException(FailureKind.UNREADABLE, displayName, "not a readable file");
        }
        Future<ParsedText> result = parsing.submit(() -> parse(file, displayName));
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new IngestException(FailureKind.TIMEOUT, displayName,
                    "parsing took longer than the limit of " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new IngestException(FailureKind.TIMEOUT, displayName, "interrupted while parsing");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IngestException typed) {
                throw typed;
            }
            if (cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
                throw new IngestException(FailureKind.TOO_LARGE, displayName,
                        "document is too large or too deeply nested to parse", cause);
            }
            throw new IngestException(FailureKind.CORRUPT, displayName, describe(cause), cause);
        }
    }

    private ParsedText parse(Path file, String displayName) throws IngestException {
        String opening = StructuredSources.opening(file, displayName);
        for (StructuredReader reader : STRUCTURED) {
            Optional<ParsedText> structured = reader.read(file, opening, displayName, maxChars);
            if (structured.isPresent()) {
                return structured.get();
            }
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        PlainTextHandler handler = new PlainTextHandler(maxChars);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser); // parse embedded documents too (attachments, zip members)
        context.set(OfficeParserConfig.class, streamingOfficeConfig());
        context.set(PDFParserConfig.class, bodyOnlyPdfConfig());
        context.set(HtmlMapper.class, PAGE_TEXT_ONLY);
        context.set(EncodingDetector.class, encoding);
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, context);
        } catch (ZeroByteFileException e) {
            throw new IngestException(FailureKind.EMPTY, displayName, "the file is empty");
        } catch (EncryptedDocumentException e) {
            throw new IngestException(FailureKind.ENCRYPTED, displayName,
                    "the document is encrypted or password-protected");
        } catch (PlainTextHandler.TextTooLongException e) {
            throw new IngestException(FailureKind.TOO_LARGE, displayName, e.getMessage());
        } catch (IOException | SAXException | TikaException e) {
            throw classify(e, displayName);
        }
        if (handler.limitReached()) {
            // Tika records a failure inside an embedded document (a zip member) and goes on, so the limit
            // can be hit without the exception reaching us: the handler remembers it.
            throw new IngestException(FailureKind.TOO_LARGE, displayName,
                    "text is longer than " + maxChars + " characters (counting embedded files)");
        }
        String mediaType = baseType(metadata.get(Metadata.CONTENT_TYPE));
        String text = handler.text();
        if (text.isBlank()) {
            if (!isSupported(mediaType)) {
                throw new IngestException(FailureKind.UNSUPPORTED_TYPE, displayName,
                        "unsupported file type " + mediaType);
            }
            throw new IngestException(FailureKind.EMPTY, displayName,
                    "no text could be extracted (" + mediaType + ")");
        }
        Map<String, String> declared = metadataOf(metadata);
        FrontMatter frontMatter = FrontMatter.split(text);
        frontMatter.fields().forEach((key, value) -> declared.put(FRONT_MATTER_PREFIX + key, value));
        if (MarkdownMarkup.isMarkdown(mediaType)) {
            // Tika reads Markdown as plain text, marking no headings: the page's own marks say where they are.
            MarkdownMarkup.MarkdownText read = MarkdownMarkup.read(frontMatter.body());
            return new ParsedText(read.text(), mediaType, read.headings(), declared);
        }
        int cut = text.length() - frontMatter.body().length();
        List<Span> headings = handler.headings().stream()
                .filter(heading -> heading.start() >= cut)
                .map(heading -> new Span(heading.start() - cut, heading.end() - cut))
                .toList();
        return new ParsedText(frontMatter.body(), mediaType, headings, declared);
    }

    private boolean isSupported(String mediaType) {
        MediaType type = MediaType.parse(mediaType);
        return type != null && parser.getParsers().containsKey(type);
    }

    /**
     * Reads DOCX and PPTX as a stream of SAX events instead of a DOM, so Tika's zip-bomb guard and our text
     * limit stop a body that inflates to gigabytes before it is held in memory.
     */
    private static OfficeParserConfig streamingOfficeConfig() {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        office.setExtractMacros(false);
        return office;
    }

    /**
     * A PDF's bookmarks are its headings again, which Tika appends after the body: the AI RMF Playbook's
     * outline repeated every "GOVERN 1.1" at its end, a second provision of that label and a search hit
     * holding nothing but headings.
     */
    private static PDFParserConfig bodyOnlyPdfConfig() {
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractBookmarksText(false);
        return pdf;
    }

    private static IngestException classify(Exception e, String displayName) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PlainTextHandler.TextTooLongException tooLong) {
                return new IngestException(FailureKind.TOO_LARGE, displayName, tooLong.getMessage(), e);
            }
        }
        String message = describe(e);
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("zip bomb") || lower.contains("suspected") || lower.contains("nested too deep")) {
            return new IngestException(FailureKind.TOO_LARGE, displayName,
                    "refused as a decompression or nesting bomb: " + message, e);
        }
        if (lower.contains("encrypt") || lower.contains("password")) {
            return new IngestException(FailureKind.ENCRYPTED, displayName,
                    "the document is encrypted or password-protected", e);
        }
        return new IngestException(FailureKind.CORRUPT, displayName, "could not be parsed: " + message, e);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    }

    private static Map<String, String> metadataOf(Metadata metadata) {
        Map<String, String> values = new HashMap<>();
        for (String name : metadata.names()) {
            String value = metadata.get(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value);
            }
        }
        return values;
    }

    @Override
    public void close() {
        parsing.shutdownNow();
    }
}
