package org.reggraph.sparql;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The dataset an update runs against, noting the named graphs it may change: those it adds quads to, deletes
 * from, drops, creates or takes a graph of to change whole (CLEAR, LOAD). Only names are kept, and a graph
 * taken but left alone is noted too, which costs a needless reindex of that graph and nothing else.
 */
final class EditedGraphs extends DatasetGraphWrapper {
    private final Set<String> names = new LinkedHashSet<>();

    EditedGraphs(DatasetGraph dataset) {
        super(dataset);
    }

    Set<String> names() {
        return names;
    }

    @Override
    public void add(Quad quad) {
        note(quad.getGraph());
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        note(g);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        note(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        note(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g == null || g.equals(Node.ANY)) {
            listGraphNodes().forEachRemaining(this::note);
        } else {
            note(g);
        }
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        note(graphName);
        super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        note(graphName);
        super.removeGraph(graphName);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        note(graphNode);
        return super.getGraph(graphNode);
    }

    @Override
    public void clear() {
        listGraphNodes().forEachRemaining(this::note);
        super.clear();
    }

    private void note(Node graph) {
        if (graph != null && graph.isURI() && !Quad.isDefaultGraph(graph) && !Quad.isUnionGraph(graph)) {
            names.add(graph.getURI());
        }
    }
}
