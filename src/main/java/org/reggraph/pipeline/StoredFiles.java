package org.reggraph.pipeline;

/** What an ingest does with a file whose bytes are already a document's current version. */
public enum StoredFiles {
    /** Leaves it as it was stored: the file is reported unchanged. */
    SKIP,
    /**
     * Reads it again with this software's parsers, segmenter and extractors, and replaces what was derived
     * from it, so a store gains what a newer RegGraph finds in files it already holds.
     */
    REDERIVE
}
