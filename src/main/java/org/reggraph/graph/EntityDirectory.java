package org.reggraph.graph;

import java.util.Map;

/**
 * The store's entities at one generation, by IRI: the preferred label each is shown by, its type
 * (organization, jurisdiction, instrument, technology, concept), and how many documents mention it, of how
 * many the store holds.
 */
public record EntityDirectory(Map<String, String> labels, Map<String, String> types,
                              Map<String, Integer> documentsMentioning, int documents) {

    public EntityDirectory {
        labels = Map.copyOf(labels);
        types = Map.copyOf(types);
        documentsMentioning = Map.copyOf(documentsMentioning);
    }

    public String label(String iri) {
        return labels.getOrDefault(iri, iri);
    }

    public String type(String iri) {
        return types.get(iri);
    }

    public int documentsMentioning(String iri) {
        return documentsMentioning.getOrDefault(iri, 0);
    }
}
