package org.reggraph.ingest.oscal;

import java.util.ArrayList;
import java.util.List;
import org.reggraph.model.Provision;
import org.reggraph.model.Span;

/** The text a catalog or profile is rendered as, written line by line, with its headings and provisions. */
final class OscalText {
    static final String INDENT = "  ";

    private final StringBuilder text = new StringBuilder();
    private final List<Provision> provisions = new ArrayList<>();
    private final List<Span> headings = new ArrayList<>();

    record Rendered(String text, List<Span> headings, List<Provision> provisions) {
    }

    /** Where the next line starts. */
    int position() {
        return text.length();
    }

    void line(String line) {
        text.append(line).append('\n');
    }

    void heading(String line) {
        int start = text.length();
        line(line);
        headings.add(new Span(start, start + line.length()));
    }

    void blankLine() {
        text.append('\n');
    }

    /** The provision from {@code start} to the end of the last line written, without its line break. */
    void provision(String label, String heading, int start) {
        provisions.add(new Provision(provisions.size(), label, heading, new Span(start, text.length() - 1)));
    }

    Rendered rendered() {
        return new Rendered(text.toString().stripTrailing(), headings, provisions);
    }
}
