package org.reggraph.pipeline;

import org.reggraph.model.DocumentKind;
import org.reggraph.model.Findings;

/** The extraction stage as the pipeline sees it: a pure function of a text and what kind of text it is. */
@FunctionalInterface
public interface FindingsExtractor {
    Findings extract(String plainText, DocumentKind kind);
}
