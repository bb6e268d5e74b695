package org.reggraph.graph;

import java.util.List;

/** An entity with its names and how much the corpus says about it. */
public record EntityInfo(String iri, String id, String label, String type, List<String> aliases, int rules,
                         int documents) {
    public EntityInfo {
        aliases = List.copyOf(aliases);
    }
}
