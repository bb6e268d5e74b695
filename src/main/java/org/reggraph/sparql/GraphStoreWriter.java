package org.reggraph.sparql;

import java.io.ByteArrayInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.reggraph.graph.GraphStore;

/**
 * Graph Store Protocol writes (PUT replaces, POST merges, DELETE drops), each in one write transaction.
 * The HTTP layer allows them only where it allows SPARQL Update. A null graph IRI is the store's own
 * default graph, which queries do not see while the union of documents is their default graph.
 * Like updates, these writes bypass the ingest pipeline and the search index.
 */
public final class GraphStoreWriter {
    private final GraphStore store;

    public GraphStoreWriter(GraphStore store) {
        this.store = store;
    }

    /** Replaces the graph's content; returns whether the graph is new. */
    public boolean put(String graphIri, byte[] body, Lang lang) {
        Graph content = parse(graphIri, body, lang);
        return store.write(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            boolean created = !exists(dsg, graphIri);
            Graph target = target(dsg, graphIri);
            target.clear();
            content.find().forEachRemaining(target::add);
            return created;
        });
    }

    /** Adds to the graph's content; returns whether the graph is new. */
    public boolean post(String graphIri, byte[] body, Lang lang) {
        Graph content = parse(graphIri, body, lang);
        return store.write(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            boolean created = !exists(dsg, graphIri);
            Graph target = target(dsg, graphIri);
            content.find().forEachRemaining(target::add);
            return created;
        });
    }

    public void delete(String graphIri) {
        store.write(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            if (!exists(dsg, graphIri)) {
                throw new SparqlException(404, "no graph named <" + graphIri + ">");
            }
            if (graphIri == null) {
                dsg.getDefaultGraph().clear();
            } else {
                dsg.removeGraph(NodeFactory.createURI(graphIri));
            }
            return null;
        });
    }

    private static boolean exists(DatasetGraph dsg, String graphIri) {
        if (graphIri == null) {
            return true;
        }
        Node name = NodeFactory.createURI(graphIri);
        return dsg.containsGraph(name) && !dsg.getGraph(name).isEmpty();
    }

    private static Graph target(DatasetGraph dsg, String graphIri) {
        return graphIri == null ? dsg.getDefaultGraph() : dsg.getGraph(NodeFactory.createURI(graphIri));
    }

    private static Graph parse(String graphIri, byte[] body, Lang lang) {
        Graph content = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang)
                    .base(graphIri == null ? "urn:x-reggraph:default" : graphIri).parse(content);
        } catch (RiotException e) {
            throw SparqlException.badRequest("cannot read the " + lang.getName() + " body: " + e.getMessage());
        }
        return content;
    }
}
