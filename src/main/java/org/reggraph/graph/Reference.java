package org.reggraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A cross-reference between documents. {@code resolved} is false while the cited document is not in the
 * store: the reference stays external until a document with that identity arrives. {@code part} is where the
 * cited part begins in the cited document, when the document holds it as a part of its own (null otherwise).
 */
public record Reference(String relation, String documentIri, String documentId, String title, boolean resolved,
                        String surface, @JsonInclude(JsonInclude.Include.NON_NULL) Part part) {

    public Reference(String relation, String documentIri, String documentId, String title, boolean resolved,
                     String surface) {
        this(relation, documentIri, documentId, title, resolved, surface, null);
    }

    /** The same reference, landing on {@code part} of the cited document. */
    Reference landingOn(Part part) {
        return new Reference(relation, documentIri, documentId, title, resolved, surface, part);
    }

    /**
     * A part of the cited document's current version: the label of the subdivision it begins at ("§ 748.15")
     * and the code-point offsets of the first provision realizing that subdivision.
     */
    public record Part(String label, int start, int end) {
    }
}
