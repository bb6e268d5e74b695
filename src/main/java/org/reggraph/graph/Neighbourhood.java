package org.reggraph.graph;

import java.util.List;

/**
 * The nodes and edges around one node of the graph, for drawing: documents, entities and rules joined by
 * cross-references, mentions, bearers and derivation. {@code truncated} says the walk stopped at its node
 * budget before reaching the requested depth everywhere.
 */
public record Neighbourhood(Node center, List<Property> properties, List<Property> incoming, List<Node> nodes,
                            List<Edge> edges, boolean truncated) {

    /**
     * A node. {@code type} is {@code document}, {@code external} (cited but not stored), {@code entity},
     * {@code rule} or {@code node}; {@code id} is the document or entity key pages link with, when there is one;
     * {@code detail} is the modality of a rule or the kind of a document.
     */
    public record Node(String iri, String type, String label, String title, String id, String detail) {
    }

    /** A directed edge; {@code relation} is a short lower-case name such as {@code cites} or {@code mentions}. */
    public record Edge(String source, String target, String relation) {
    }

    /** One statement about the center: a predicate IRI and a value, which is an IRI when {@code iri} holds. */
    public record Property(String predicate, String value, boolean iri) {
    }
}
