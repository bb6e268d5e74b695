package org.reggraph.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.reggraph.ingest.IngestException;
import org.reggraph.ingest.ParsedText;
import org.reggraph.ingest.StructuredReader;
import org.reggraph.ingest.StructuredSources;

/** Calls a structured reader as {@code TextExtractor} does: with the file's opening, read once. */
public final class StructuredFiles {
    private StructuredFiles() {
    }

    public static Optional<ParsedText> read(StructuredReader reader, Path file, String displayName, long maxChars)
            throws IngestException {
        return reader.read(file, StructuredSources.opening(file, displayName), displayName, maxChars);
    }
}
