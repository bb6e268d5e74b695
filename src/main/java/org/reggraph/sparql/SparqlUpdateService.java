package org.reggraph.sparql;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.reggraph.graph.GraphStore;

/**
 * Runs SPARQL Update in one write transaction: all operations of a request commit together or not at all.
 * Whether the caller may update at all is the HTTP layer's decision (token or {@code --sparql-update}).
 * Once the transaction has committed, the {@link GraphEditListener} is told of every named graph the update
 * may have changed, so the search index follows edits of documents' graphs as it does Graph Store writes.
 */
public final class SparqlUpdateService {
    private final GraphStore store;
    private final GraphEditListener listener;

    public SparqlUpdateService(GraphStore store, GraphEditListener listener) {
        this.store = store;
        this.listener = listener;
    }

    public UpdateRequest parse(String text, String base) {
        if (text == null || text.isBlank()) {
            throw SparqlException.badRequest("the update is empty");
        }
        try {
            return UpdateFactory.create(text, base, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw SparqlException.badRequest("Parse error: " + e.getMessage());
        }
    }

    /**
     * Applies the protocol's {@code using-graph-uri} / {@code using-named-graph-uri} to every operation with a
     * WHERE clause. An operation that names its own dataset (USING, USING NAMED or WITH) as well is a
     * conflict the protocol says to refuse (SPARQL 1.1 Protocol 2.2.3).
     */
    public void execute(UpdateRequest request, List<String> usingGraphs, List<String> usingNamedGraphs) {
        if (!usingGraphs.isEmpty() || !usingNamedGraphs.isEmpty()) {
            for (Update operation : request.getOperations()) {
                if (operation instanceof UpdateWithUsing modify) {
                    if (!modify.getUsing().isEmpty() || !modify.getUsingNamed().isEmpty()
                            || modify.getWithIRI() != null) {
                        throw SparqlException.badRequest("the update names its dataset with USING or WITH and "
                                + "the request with using-graph-uri / using-named-graph-uri; give one of them");
                    }
                    usingGraphs.forEach(iri -> modify.addUsing(NodeFactory.createURI(iri)));
                    usingNamedGraphs.forEach(iri -> modify.addUsingNamed(NodeFactory.createURI(iri)));
                }
            }
        }
        EditedGraphs edited = new EditedGraphs(store.dataset().asDatasetGraph());
        try {
            store.write(() -> {
                UpdateExec.dataset(edited).update(request).execute();
                return null;
            });
        } catch (UpdateException e) {
            throw SparqlException.badRequest("Update failed: " + e.getMessage());
        }
        edited.names().forEach(listener::edited);
    }
}
