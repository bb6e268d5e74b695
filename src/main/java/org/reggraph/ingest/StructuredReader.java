package org.reggraph.ingest;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A reader of a format that says itself how it is cut and cited, tried before Tika: it recognises its files by
 * their opening ({@link StructuredSources#opening}, read once for all readers) and answers empty for any other.
 */
@FunctionalInterface
public interface StructuredReader {
    Optional<ParsedText> read(Path file, String opening, String displayName, long maxChars) throws IngestException;
}
