package org.reggraph.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 char indices into a document's plain text, as Java
 * strings count. The graph converts spans to Unicode code points, which W3C Web Annotation requires.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }
}
