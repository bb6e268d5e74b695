package org.reggraph.sparql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.reggraph.graph.GraphStore;
import org.reggraph.graph.Vocab;

/**
 * What a minted IRI dereferences to: every triple with the node as subject, in any graph, plus the nodes
 * it owns: blank nodes (a concise bounded description) and the Web Annotation target and selectors minted
 * under {@code <iri>/target}, so a provision or rule comes with the exact place it was read from. A
 * subdivision comes with the provisions that realize it, version by version, which it does not point to, and a
 * publisher with the documents it issued.
 */
public final class NodeDescriber {
    /** Enough for node, target and selectors; guards against cycles in data someone wrote by update. */
    static final int MAX_NODES = 64;
    /** Links into a node that say what it is: the provisions realizing a subdivision, a publisher's documents. */
    private static final List<Node> DESCRIBING_INBOUND =
            List.of(Vocab.realizes.asNode(), DCTerms.publisher.asNode());

    private final GraphStore store;

    public NodeDescriber(GraphStore store) {
        this.store = store;
    }

    /** The description, or empty when the store says nothing about the IRI. */
    public Optional<Graph> describe(String iri) {
        Node root = NodeFactory.createURI(iri);
        return store.read(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Graph description = GraphFactory.createDefaultGraph();
            description.getPrefixMapping().setNsPrefixes(Prefixes.standard());
            Deque<Node> pending = new ArrayDeque<>();
            Set<Node> seen = new HashSet<>();
            pending.add(root);
            while (!pending.isEmpty() && seen.size() < MAX_NODES) {
                Node subject = pending.poll();
                if (!seen.add(subject)) {
                    continue;
                }
                dsg.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(quad -> {
                    Triple triple = quad.asTriple();
                    description.add(triple);
                    if (owned(iri, triple.getObject())) {
                        pending.add(triple.getObject());
                    }
                });
            }
            for (Node inbound : DESCRIBING_INBOUND) {
                dsg.find(Node.ANY, Node.ANY, inbound, root).forEachRemaining(quad -> description.add(quad.asTriple()));
            }
            if (description.isEmpty() && !dsg.containsGraph(root)) {
                return Optional.empty();
            }
            return Optional.of(description);
        });
    }

    private static boolean owned(String iri, Node object) {
        return object.isBlank() || object.isURI() && object.getURI().startsWith(iri + "/target");
    }
}
