package org.reggraph.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.reggraph.graph.GraphStore;

/**
 * Graph Store Protocol reads: a named graph (404 when the store lacks it), or the store's own default graph,
 * the one Graph Store writes and SPARQL Update's {@code DEFAULT} address. Queries do not see that graph as
 * their default graph (theirs is the union of the named graphs), but reach it as
 * {@code GRAPH <urn:x-arq:DefaultGraph>}.
 */
public final class GraphStoreReader {
    private final GraphStore store;

    public GraphStoreReader(GraphStore store) {
        this.store = store;
    }

    public Graph named(String iri) {
        Node name = NodeFactory.createURI(iri);
        return store.read(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            if (!dsg.containsGraph(name) || dsg.getGraph(name).isEmpty()) {
                throw new SparqlException(404, "no graph named <" + iri + ">");
            }
            return copy(dsg.getGraph(name));
        });
    }

    public Graph defaultGraph() {
        return store.read(() -> copy(store.dataset().asDatasetGraph().getDefaultGraph()));
    }

    private static Graph copy(Graph source) {
        Graph copy = GraphFactory.createDefaultGraph();
        source.find().forEachRemaining(copy::add);
        copy.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        return copy;
    }
}
