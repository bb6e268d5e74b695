package org.reggraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

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

    private Queries() {
    }

    static <T> List<T> select(Dataset dataset, String query, Map<String, RDFNode> bindings,
                              Function<QuerySolution, T> row) {
        var builder = QueryExecution.dataset(dataset).query(PREFIXES + query);
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
