package org.reggraph.model;

/**
 * A reference from a document's text to another legal or guidance instrument.
 *
 * @param targetKey the cited instrument's canonical identifier, in the form {@link CanonicalId} makes, so
 *                  that it resolves to a stored document whose identity is the same key
 */
public record Citation(CitationType type, String surface, String targetKey, Span span, CitationRelation relation) {
}
