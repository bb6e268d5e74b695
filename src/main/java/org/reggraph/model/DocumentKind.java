package org.reggraph.model;

import java.util.Locale;

/** What a source document is, which decides how its statements are read: a directive binds, news reports. */
public enum DocumentKind {
    DIRECTIVE,
    GUIDANCE,
    NEWS,
    /** A pre-cut passage from a bulk collection (JSONL); no document structure of its own. */
    PASSAGE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code directive}, {@code guidance}, {@code news} or {@code passage}, case-insensitively. */
    public static DocumentKind parse(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown document kind '" + label
                    + "': expected directive, guidance, news or passage", e);
        }
    }
}
