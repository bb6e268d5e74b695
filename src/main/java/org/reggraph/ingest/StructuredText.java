package org.reggraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reggraph.model.Provision;
import org.reggraph.model.Span;

/**
 * The text a structured source (an OSCAL catalog, an act in legislation.gov.uk's XML, a table of records) is
 * rendered as, written line by line, with the provisions its structure gives: such sources say how they are
 * cut and cited, so their text is not left to the {@link Segmenter} (nor are headings recorded for it).
 */
public final class StructuredText {
    public static final String INDENT = "  ";

    private final StringBuilder text = new StringBuilder();
    private final List<Provision> provisions = new ArrayList<>();

    /** Where the next line starts. */
    public int position() {
        return text.length();
    }

    public void line(String line) {
        text.append(line).append('\n');
    }

    public void blankLine() {
        text.append('\n');
    }

    /** The provision from {@code start} to the end of the last line written, without its line break. */
    public void provision(String label, String heading, int start) {
        provisions.add(new Provision(provisions.size(), label, heading, new Span(start, text.length() - 1)));
    }

    /** What was written, as a parser's result. */
    public ParsedText parsed(String mediaType, Map<String, String> metadata) {
        return new ParsedText(text.toString().stripTrailing(), mediaType, List.of(), metadata, provisions);
    }
}
