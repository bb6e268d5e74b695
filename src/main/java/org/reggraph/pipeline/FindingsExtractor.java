package org.reggraph.pipeline;

import java.util.List;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.Findings;
import org.reggraph.model.Span;

/**
 * The extraction stage as the pipeline sees it: a pure function of a text, what kind of text it is, and the
 * spans of the headings its format marked (no sentence runs through a heading).
 */
@FunctionalInterface
public interface FindingsExtractor {
    Findings extract(String plainText, DocumentKind kind, List<Span> headings);
}
