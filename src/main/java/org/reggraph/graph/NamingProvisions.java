package org.reggraph.graph;

import java.util.List;

/**
 * Where one document's current version names an entity: how many of its provisions do, and the first few of
 * them in reading order, each with its code-point offsets into the version's text.
 */
public record NamingProvisions(String documentId, int provisions, List<Place> first) {

    public NamingProvisions {
        first = List.copyOf(first);
    }

    /** A provision naming the entity: its label if it has one, its ordinal in the version, its offsets. */
    public record Place(String iri, String label, int ordinal, int start, int end) {
    }
}
