package org.reggraph.sparql;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.reggraph.graph.GraphStore;

/**
 * Graph Store Protocol writes (PUT replaces, POST merges, DELETE drops), each in one write transaction. A
 * request may carry several RDF documents (multipart POST): all are parsed before the transaction starts,
 * so one unreadable document means nothing is written. A null graph IRI is the store's own default graph,
 * the one SPARQL Update's {@code DEFAULT} names. The HTTP layer allows writes only where it allows Update.
 * After a write to a named graph commits, the {@link GraphEditListener} is told, so the search index
 * follows edits of a document's graph.
 */
public final class GraphStoreWriter {
    private static final String DEFAULT_GRAPH_BASE = "urn:x-reggraph:default";

    private final GraphStore store;
    private final GraphEditListener listener;

    public GraphStoreWriter(GraphStore store, GraphEditListener listener) {
        this.store = store;
        this.listener = listener;
    }

    /** Replaces the graph's content; returns whether the graph is new. */
    public boolean put(String graphIri, List<RdfPayload> payloads) {
        Graph content = parse(graphIri, payloads);
        boolean created = store.write(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            boolean isNew = !exists(dsg, graphIri);
            Graph target = target(dsg, graphIri);
            target.clear();
            content.find().forEachRemaining(target::add);
            return isNew;
        });
        tell(graphIri);
        return created;
    }

    /** Adds to the graph's content; returns whether the graph is new. */
    public boolean post(String graphIri, List<RdfPayload> payloads) {
        Graph content = parse(graphIri, payloads);
        boolean created = store.write(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            boolean isNew = !exists(dsg, graphIri);
            Graph target = target(dsg, graphIri);
            content.find().forEachRemaining(target::add);
            return isNew;
        });
        tell(graphIri);
        return created;
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
        tell(graphIri);
    }

    private void tell(String graphIri) {
        if (graphIri != null) {
            listener.edited(graphIri);
        }
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

    /** Each document is parsed on its own, so equal blank node labels in two parts stay two nodes. */
    private static Graph parse(String graphIri, List<RdfPayload> payloads) {
        if (payloads.isEmpty()) {
            throw SparqlException.badRequest("the request carries no RDF document");
        }
        Graph content = GraphFactory.createDefaultGraph();
        for (RdfPayload payload : payloads) {
            try {
                // The client's mistake goes back in the 400; the server log need not keep it.
                RDFParser.source(new ByteArrayInputStream(payload.content())).lang(payload.lang())
                        .base(graphIri == null ? DEFAULT_GRAPH_BASE : graphIri)
                        .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(content);
            } catch (RiotException e) {
                throw SparqlException.badRequest("cannot read " + payload.name() + " as " + payload.lang().getName()
                        + ": " + e.getMessage() + "; nothing was written");
            }
        }
        return content;
    }
}
