package org.reggraph.ingest;

import java.util.List;
import java.util.Map;
import org.reggraph.model.Provision;
import org.reggraph.model.Span;

/**
 * What a parser made of one file: its plain text (the text every offset in the graph refers to), the spans of
 * the headings the format marked up, the metadata the file declared about itself, and the provisions where the
 * format itself says how it is cut and cited (an OSCAL catalog's controls); when those are empty the text is
 * segmented.
 */
public record ParsedText(String text, String mediaType, List<Span> headings, Map<String, String> metadata,
                         List<Provision> provisions) {
    public ParsedText {
        headings = List.copyOf(headings);
        metadata = Map.copyOf(metadata);
        provisions = List.copyOf(provisions);
    }

    /** A text without provisions of its own, to be segmented. */
    public ParsedText(String text, String mediaType, List<Span> headings, Map<String, String> metadata) {
        this(text, mediaType, headings, metadata, List.of());
    }

    public String metadata(String key) {
        return metadata.get(key);
    }
}
