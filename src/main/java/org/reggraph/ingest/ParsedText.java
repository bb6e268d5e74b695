package org.reggraph.ingest;

import java.util.List;
import java.util.Map;
import org.reggraph.model.Span;

/**
 * What Tika made of one file: its plain text (the text every offset in the graph refers to), the spans of
 * the headings the format marked up, and the metadata the file declared about itself.
 */
public record ParsedText(String text, String mediaType, List<Span> headings, Map<String, String> metadata) {
    public ParsedText {
        headings = List.copyOf(headings);
        metadata = Map.copyOf(metadata);
    }

    public String metadata(String key) {
        return metadata.get(key);
    }
}
