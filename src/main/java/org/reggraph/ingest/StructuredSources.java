package org.reggraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the readers of structured sources (OSCAL, legislation.gov.uk, record tables) share: they recognise a file by its
 * opening, and they hold a whole file in memory while reading it, so its size is bounded before it is read and
 * its text after.
 */
public final class StructuredSources {
    /** Enough for an XML prolog, comments and the root element's attributes, or a JSON or YAML document's first key. */
    private static final int OPENING_BYTES = 8192;
    /** A file read whole may be this many times the text limit, no more. */
    private static final int BYTES_PER_TEXT_CHAR = 4;

    private StructuredSources() {
    }

    /** The first bytes of a file, as UTF-8, for a reader to recognise its format by. */
    public static String opening(Path file, String displayName) throws IngestException {
        byte[] bytes = new byte[OPENING_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(bytes, 0, OPENING_BYTES);
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, displayName, "could not be read: " + e.getMessage(), e);
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** The most bytes a file read whole may have, for a text limit of {@code maxChars}. */
    public static long maxBytes(long maxChars) {
        return maxChars * BYTES_PER_TEXT_CHAR;
    }

    /** Refuses a file too large to hold whole; {@code what} names its format in the reason. */
    public static void requireReadableSize(Path file, String displayName, long maxChars, String what)
            throws IngestException {
        try {
            long size = Files.size(file);
            if (size > maxBytes(maxChars)) {
                throw new IngestException(FailureKind.TOO_LARGE, displayName, what + " of " + size
                        + " bytes is larger than the limit of " + maxBytes(maxChars) + " bytes");
            }
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, displayName, "could not be read: " + e.getMessage(), e);
        }
    }

    /** The parsed text, unless it is longer than the text limit. */
    public static ParsedText withinLimit(ParsedText parsed, String displayName, long maxChars) throws IngestException {
        if (parsed.text().length() > maxChars) {
            throw new IngestException(FailureKind.TOO_LARGE, displayName,
                    "text is longer than " + maxChars + " characters");
        }
        return parsed;
    }
}
