package org.reggraph.sparql;

/**
 * Told after a Graph Store write to a named graph has committed, so views built from the graph (the search
 * index) can follow the edit.
 */
@FunctionalInterface
public interface GraphEditListener {
    GraphEditListener NONE = graphIri -> { };

    void edited(String graphIri);
}
