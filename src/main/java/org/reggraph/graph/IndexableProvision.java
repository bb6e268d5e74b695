package org.reggraph.graph;

import java.util.List;

/**
 * Everything the search index holds about one provision of a current version, read from the graph alone,
 * so that rebuilding the index from the graph gives the same index as ingest did.
 */
public record IndexableProvision(
        String iri,
        String documentIri,
        String versionIri,
        String documentId,
        String documentTitle,
        String kind,
        String issuer,
        String jurisdiction,
        String language,
        String date,
        String label,
        String heading,
        String text,
        int start,
        int end,
        List<String> modalities,
        List<String> bearers) {

    public IndexableProvision {
        modalities = List.copyOf(modalities);
        bearers = List.copyOf(bearers);
    }
}
