package org.reggraph.sparql;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.tdb2.TDB2;
import org.reggraph.graph.GraphStore;
import org.reggraph.search.SearchService;

/**
 * Answers SPARQL queries on the store as Fuseki's query processor does: parse (400 with the parser's
 * message), pick the dataset (the protocol's description, else the query's FROM / FROM NAMED, else the
 * store with the union of documents as default graph), run in a read transaction with a time limit (503
 * past it), and cap the answer at {@code maxRows} solutions. SERVICE is off (422): a public endpoint must not
 * make requests to wherever a query says.
 */
public final class SparqlQueryService {
    private final GraphStore store;
    private final Duration timeout;
    private final int maxRows;
    private final PropertyFunctionRegistry functions;

    public SparqlQueryService(GraphStore store, SearchService search, Duration timeout, int maxRows) {
        this.store = store;
        this.timeout = timeout;
        this.maxRows = maxRows;
        this.functions = TextSearchRegistry.create(search, maxRows);
    }

    public int maxRows() {
        return maxRows;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Parses a query; {@code base} resolves relative IRIs (the endpoint's URL, as the protocol allows). */
    public Query parse(String text, String base) {
        if (text == null || text.isBlank()) {
            throw SparqlException.badRequest("the query is empty");
        }
        try {
            return QueryFactory.create(text, base, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw SparqlException.badRequest("Parse error: " + e.getMessage());
        }
    }

    public SparqlAnswer execute(Query parsed, DatasetDescription protocolDataset) {
        Query query = parsed.cloneQuery();
        boolean ownDataset = applyProtocolDataset(query, protocolDataset);
        boolean capped = applyCap(query);
        try {
            return store.read(() -> run(query, ownDataset, capped));
        } catch (QueryCancelledException e) {
            throw new SparqlException(503, "the query ran past the time limit of " + timeout.toSeconds()
                    + " s and was stopped");
        } catch (QueryDeniedException e) {
            // Fuseki's code for a request it understands but will not run.
            throw new SparqlException(422, "SERVICE (federated query) is off on this endpoint");
        }
    }

    private SparqlAnswer run(Query query, boolean ownDataset, boolean capped) {
        try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query)
                // A query that names its dataset has its own default graph: TDB2 must not swap in the union.
                .set(TDB2.symUnionDefaultGraph, !ownDataset)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .set(ARQConstants.registryPropertyFunctions, functions)
                .set(ARQ.httpServiceAllowed, false)
                .build()) {
            return switch (query.queryType()) {
                case ASK -> SparqlAnswer.ofBoolean(execution.execAsk());
                case SELECT -> {
                    ResultSetRewindable rows = ResultSetFactory.copyResults(execution.execSelect());
                    yield SparqlAnswer.ofRows(rows, capped && rows.size() >= maxRows);
                }
                case CONSTRUCT -> query.isConstructQuad()
                        ? SparqlAnswer.ofRdf(execution.execConstructDataset().asDatasetGraph(), false)
                        : SparqlAnswer.ofRdf(DatasetGraphFactory.wrap(execution.execConstruct().getGraph()), false);
                case DESCRIBE -> SparqlAnswer.ofRdf(DatasetGraphFactory.wrap(execution.execDescribe().getGraph()),
                        false);
                default -> throw SparqlException.badRequest("unsupported query form: " + query.queryType());
            };
        }
    }

    /**
     * The protocol's dataset wins over the query's (SPARQL 1.1 Protocol 2.1.4): it replaces the query's FROM
     * and FROM NAMED, and TDB2 builds the dataset from them natively, linking graphs rather than copying.
     * Returns whether the query now names its own dataset.
     */
    private static boolean applyProtocolDataset(Query query, DatasetDescription protocolDataset) {
        if (protocolDataset != null && !protocolDataset.isEmpty()) {
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
            protocolDataset.getDefaultGraphURIs().forEach(query::addGraphURI);
            protocolDataset.getNamedGraphURIs().forEach(query::addNamedGraphURI);
        }
        return query.hasDatasetDescription();
    }

    /** Caps solutions; CONSTRUCT and DESCRIBE are capped on the solutions their templates are built from. */
    private boolean applyCap(Query query) {
        if (query.isAskType()) {
            return false;
        }
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            query.setLimit(maxRows);
            return true;
        }
        return false;
    }
}
