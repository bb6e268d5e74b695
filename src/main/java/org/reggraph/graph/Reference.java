package org.reggraph.graph;

/**
 * A cross-reference between documents. {@code resolved} is false while the cited document is not in the
 * store: the reference stays external until a document with that identity arrives.
 */
public record Reference(String relation, String documentIri, String documentId, String title, boolean resolved,
                        String surface) {
}
