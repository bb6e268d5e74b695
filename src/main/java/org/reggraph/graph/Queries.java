package org.reggraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/** Runs the store's own SPARQL SELECTs with bound variables; callers hold the read transaction. */
final class Queries {
    static final String PREFIXES = """
            PREFIX rg: <https://reggraph.org/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    /** How many parsed queries are kept: the store's own texts are a few dozen. */
    private static final int PARSED_KEPT = 128;
    /**
     * The store's queries parsed, by their text, the least recently used forgotten first. Most are a fixed text
     * run with bound variables, and parsing one costs about as much as answering it from a warm store; a text
     * made for one call (a page of IRIs written into it) only passes through.
     */
    private static final Map<String, Query> PARSED = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
            return size() > PARSED_KEPT;
        }
    });

    private Queries() {
    }

    static <T> List<T> select(Dataset dataset, String query, Map<String, RDFNode> bindings,
                              Function<QuerySolution, T> row) {
        // Each run gets its own copy: a Query is mutable, and runs on other threads share the parsed one.
        return run(dataset, parsed(query).cloneQuery(), bindings, row);
    }

    /**
     * The same, for a query holding an empty {@code VALUES ?variable { }} block, run with that block holding
     * {@code iris}: the text stays the same from call to call and is parsed once.
     */
    static <T> List<T> select(Dataset dataset, String query, String variable, Collection<String> iris,
                              Map<String, RDFNode> bindings, Function<QuerySolution, T> row) {
        return run(dataset, withValues(parsed(query), Var.alloc(variable), iris), bindings, row);
    }

    private static Query parsed(String query) {
        Query parsed = PARSED.get(query);
        if (parsed == null) {
            parsed = QueryFactory.create(PREFIXES + query, Syntax.syntaxARQ);
            parsed.ensureResultVars(); // computed now, or the first copy would write it while others read
            PARSED.put(query, parsed);
        }
        return parsed;
    }

    /** A copy of {@code query} whose empty {@code VALUES} block of {@code variable} alone holds {@code iris}. */
    private static Query withValues(Query query, Var variable, Collection<String> iris) {
        ElementTransformCopyBase fill = new ElementTransformCopyBase(true) {
            @Override
            public Element transform(ElementData values) {
                if (!values.getVars().equals(List.of(variable)) || !values.getRows().isEmpty()) {
                    return super.transform(values);
                }
                ElementData filled = new ElementData();
                filled.add(variable);
                iris.forEach(iri -> filled.add(BindingFactory.binding(variable, NodeFactory.createURI(iri))));
                return filled;
            }
        };
        return QueryTransformOps.transform(query, fill, new ExprTransformApplyElementTransform(fill, true));
    }

    private static <T> List<T> run(Dataset dataset, Query query, Map<String, RDFNode> bindings,
                                   Function<QuerySolution, T> row) {
        var builder = QueryExecution.dataset(dataset).query(query);
        bindings.forEach(builder::substitution);
        List<T> rows = new ArrayList<>();
        try (QueryExecution execution = builder.build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                rows.add(row.apply(results.next()));
            }
        }
        return rows;
    }

    /** IRIs written into a query's {@code VALUES} block, each in angle brackets (a stray ">" escaped). */
    static String iris(Collection<String> iris) {
        return iris.stream().map(iri -> "<" + iri.replace(">", "%3E") + ">").collect(Collectors.joining(" "));
    }

    static String string(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI()
                : node.toString();
    }

    static int integer(QuerySolution row, String variable, int fallback) {
        RDFNode node = row.get(variable);
        return node != null && node.isLiteral() ? node.asLiteral().getInt() : fallback;
    }

    static boolean bool(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node != null && node.isLiteral() && node.asLiteral().getBoolean();
    }

    static List<String> list(String concatenated) {
        if (concatenated == null || concatenated.isEmpty()) {
            return List.of();
        }
        return List.of(concatenated.split("\u001F"));
    }
}
