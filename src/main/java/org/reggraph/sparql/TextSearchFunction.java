package org.reggraph.sparql;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.util.IterLib;
import org.reggraph.graph.Vocab;
import org.reggraph.search.QuerySyntaxException;
import org.reggraph.search.SearchHit;
import org.reggraph.search.SearchRequest;
import org.reggraph.search.SearchService;

/**
 * {@code rg:textSearch}: full-text search over provisions inside a SPARQL query, so a query can join
 * "provisions matching export licence" with graph patterns. The Lucene key of every provision is its IRI
 * (as in jena-text's {@code TextQueryPF}), so a hit joins back to the graph with no lookup.
 *
 * <pre>
 *   ?provision rg:textSearch "export licence" .
 *   ?provision rg:textSearch ("export licence" 10) .
 *   (?provision ?score ?snippet ?start ?end) rg:textSearch ("export licence" 10) .
 * </pre>
 *
 * The query uses the search API's syntax; the optional number caps the hits (default {@value #DEFAULT_HITS}).
 * The subject list binds, in order: the provision, its score, an HTML snippet with {@code <mark>}, and the
 * first match's start and end in code points of the document's text (the provision's when none is located).
 */
public final class TextSearchFunction extends PropertyFunctionBase {
    public static final String IRI = Vocab.NS + "textSearch";
    static final int DEFAULT_HITS = 100;

    private final SearchService search;
    private final int maxHits;

    TextSearchFunction(SearchService search, int maxHits) {
        super(PropFuncArgType.PF_ARG_EITHER, PropFuncArgType.PF_ARG_EITHER);
        this.search = search;
        this.maxHits = maxHits;
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
        super.build(subject, predicate, object, context);
        if (subject.isList() && (subject.getArgListSize() < 1 || subject.getArgListSize() > 5)) {
            throw SparqlException.badRequest("rg:textSearch binds 1 to 5 values (provision score snippet start end), "
                    + "got " + subject.getArgListSize());
        }
        if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 2)) {
            throw SparqlException.badRequest("rg:textSearch takes \"query\" or (\"query\" maxHits)");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                              ExecutionContext context) {
        Node queryNode = value(binding, object.isList() ? object.getArg(0) : object.getArg());
        if (queryNode == null || !queryNode.isLiteral() || queryNode.getLiteralLexicalForm().isBlank()) {
            return IterLib.noResults(context);
        }
        int hits = object.isList() && object.getArgListSize() > 1
                ? hitLimit(value(binding, object.getArg(1))) : DEFAULT_HITS;
        List<SearchHit> found;
        try {
            found = search.search(SearchRequest.of(queryNode.getLiteralLexicalForm(), hits)).hits();
        } catch (QuerySyntaxException e) {
            throw SparqlException.badRequest("rg:textSearch: " + e.getMessage());
        }
        List<Node> targets = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
        List<Binding> rows = new ArrayList<>(found.size());
        for (SearchHit hit : found) {
            Binding row = bind(binding, targets, values(hit));
            if (row != null) {
                rows.add(row);
            }
        }
        return QueryIterPlainWrapper.create(rows.iterator(), context);
    }

    private static List<Node> values(SearchHit hit) {
        int start = hit.matches().isEmpty() ? hit.start() : hit.matches().get(0).start();
        int end = hit.matches().isEmpty() ? hit.end() : hit.matches().get(0).end();
        return List.of(NodeFactory.createURI(hit.iri()),
                NodeFactory.createLiteralDT(Double.toString(hit.score()), XSDDatatype.XSDdouble),
                NodeFactory.createLiteralString(hit.snippet()),
                NodeFactory.createLiteralDT(Integer.toString(start), XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT(Integer.toString(end), XSDDatatype.XSDinteger));
    }

    /** The row for one hit, or null when a constant or an already bound variable disagrees with it. */
    private static Binding bind(Binding parent, List<Node> targets, List<Node> values) {
        BindingBuilder row = Binding.builder(parent);
        for (int i = 0; i < targets.size(); i++) {
            Node target = targets.get(i);
            Node value = values.get(i);
            if (target.isVariable()) {
                Node bound = parent.get(Var.alloc(target));
                if (bound == null) {
                    row.add(Var.alloc(target), value);
                } else if (!bound.sameValueAs(value)) {
                    return null;
                }
            } else if (!target.sameValueAs(value)) {
                return null;
            }
        }
        return row.build();
    }

    private int hitLimit(Node node) {
        if (node == null || !node.isLiteral()) {
            throw SparqlException.badRequest("rg:textSearch: the number of hits must be an integer");
        }
        try {
            int hits = Integer.parseInt(node.getLiteralLexicalForm().trim());
            if (hits < 1 || hits > maxHits) {
                throw SparqlException.badRequest("rg:textSearch: the number of hits must be from 1 to " + maxHits
                        + ", was " + hits);
            }
            return hits;
        } catch (NumberFormatException e) {
            throw SparqlException.badRequest("rg:textSearch: the number of hits must be an integer, was '"
                    + node.getLiteralLexicalForm() + "'");
        }
    }

    private static Node value(Binding binding, Node node) {
        return node.isVariable() ? binding.get(Var.alloc(node)) : node;
    }
}
