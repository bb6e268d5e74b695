package org.reggraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A cross-reference between documents. {@code resolved} is false while the cited document is not in the
 * store: the reference stays external until a document with that identity arrives. {@code part} is where the
 * cited part begins in the cited document, when the document holds it (null otherwise). {@code at} is where
 * the citing document's text makes the reference, where a reader needs that (its own document answer), and
 * null elsewhere.
 */
public record Reference(String relation, String documentIri, String documentId, String title, boolean resolved,
                        String surface, @JsonInclude(JsonInclude.Include.NON_NULL) Part part,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<Span> at) {

    public Reference(String relation, String documentIri, String documentId, String title, boolean resolved,
                     String surface) {
        this(relation, documentIri, documentId, title, resolved, surface, null, null);
    }

    /** The same reference, landing on {@code part} of the cited document. */
    Reference landingOn(Part part) {
        return new Reference(relation, documentIri, documentId, title, resolved, surface, part, at);
    }

    /** The same reference, made at {@code spans} of the citing document's text. */
    Reference at(List<Span> spans) {
        return new Reference(relation, documentIri, documentId, title, resolved, surface, part, List.copyOf(spans));
    }

    /**
     * A part of the cited document's current version: the label of the subdivision it begins at ("§ 748.15")
     * and the code-point offsets of the first provision realizing that subdivision.
     */
    public record Part(String label, int start, int end) {
    }

    /** Code-point offsets into the citing document's current text. */
    public record Span(int start, int end) {
    }
}
