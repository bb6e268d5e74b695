package org.reggraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Where a citation lands inside the document it resolves to. A section or part of a code cited as "§ 748.15"
 * or "part 748" resolves to the compilation that holds its text (rg:holdsKey); the subdivision where that
 * part begins carries the key too (rg:partKey), so a reader can open the compilation at the cited section
 * rather than at the top of a thousand pages. Callers hold the read transaction.
 */
final class CitedParts {
    private CitedParts() {
    }

    /** A reference as a query row gives it, with the key it was cited by. */
    record Cited(Reference reference, String citedKey) {

        /**
         * From a row binding ?relation ?citedKey ?surface and, when the cited document is stored, ?target
         * ?targetKey ?title.
         */
        static Cited of(QuerySolution row, Iris iris) {
            String relation = Queries.string(row, "relation");
            String citedKey = Queries.string(row, "citedKey");
            String surface = Queries.string(row, "surface");
            String title = Queries.string(row, "title");
            Reference reference = title == null
                    ? new Reference(relation, iris.document(citedKey), citedKey, surface, false, surface)
                    : new Reference(relation, Queries.string(row, "target"), Queries.string(row, "targetKey"), title,
                            true, surface);
            return new Cited(reference, citedKey);
        }
    }

    /** The references, each landing on the part it cites where the cited document holds that part. */
    static List<Reference> landed(Dataset dataset, List<Cited> cited) {
        List<Cited> resolved = cited.stream().filter(one -> one.reference().resolved()).toList();
        if (resolved.isEmpty()) {
            return cited.stream().map(Cited::reference).toList();
        }
        Map<HeldPart, Reference.Part> parts = beginnings(dataset, "VALUES (?doc ?key) { " + pairs(resolved) + " }");
        return cited.stream().map(one -> {
            Reference.Part part = parts.get(new HeldPart(one.reference().documentIri(), one.citedKey()));
            return part == null ? one.reference() : one.reference().landingOn(part);
        }).toList();
    }

    /** Where each part the document holds begins in its current version, by the part's key. */
    static Map<String, Reference.Part> heldBy(Dataset dataset, String documentIri) {
        Map<String, Reference.Part> parts = new HashMap<>();
        beginnings(dataset, "VALUES ?doc { " + Queries.iris(List.of(documentIri)) + " }")
                .forEach((held, part) -> parts.put(held.key(), part));
        return parts;
    }

    /** A part's key, as held by one document. */
    private record HeldPart(String documentIri, String key) {
    }

    /**
     * Where keyed parts begin: the subdivision's label and the offsets of the first provision of the current
     * version realizing it. {@code values} restricts ?doc, and may restrict ?key.
     */
    private static Map<HeldPart, Reference.Part> beginnings(Dataset dataset, String values) {
        Map<HeldPart, Reference.Part> parts = new HashMap<>();
        Queries.select(dataset, """
                SELECT ?doc ?key ?label ?start ?end WHERE {
                  %s
                  ?subdivision rg:partKey ?key ; dcterms:isPartOf ?doc ; rdfs:label ?label .
                  ?doc rg:currentVersion ?version .
                  ?provision rg:realizes ?subdivision ; dcterms:isPartOf ?version ;
                             rg:textSpan/oa:hasSelector ?position .
                  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                } ORDER BY ?start
                """.formatted(values), Map.of(), row -> row)
                .forEach(row -> parts.putIfAbsent(
                        new HeldPart(Queries.string(row, "doc"), Queries.string(row, "key")),
                        new Reference.Part(Queries.string(row, "label"), Queries.integer(row, "start", 0),
                                Queries.integer(row, "end", 0))));
        return parts;
    }

    private static String pairs(List<Cited> resolved) {
        return resolved.stream()
                .map(one -> "(" + Queries.iris(List.of(one.reference().documentIri())) + " "
                        + FmtUtils.stringForNode(NodeFactory.createLiteralString(one.citedKey())) + ")")
                .distinct()
                .collect(Collectors.joining(" "));
    }
}
