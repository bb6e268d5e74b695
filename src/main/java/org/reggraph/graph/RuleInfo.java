package org.reggraph.graph;

/** A rule as the API lists it; offsets count code points into its version's text. */
public record RuleInfo(String iri, String modality, String text, int start, int end, String bearer,
                       String bearerEntity, String action, String condition, String deadline, String penalty,
                       boolean reported, String provision, String documentIri, String documentId,
                       String documentTitle) {
}
