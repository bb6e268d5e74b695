package org.reggraph.graph;

/**
 * A provision of a version; {@code start} and {@code end} count code points into the version's text.
 * {@code subdivision} is the IRI of the labelled part it realizes, the same in every version, or null.
 */
public record ProvisionInfo(String iri, int ordinal, String label, String heading, int start, int end,
                            String subdivision) {
}
