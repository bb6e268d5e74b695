package org.reggraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Where a citation lands inside the document it resolves to. A section or part of a code cited as "§ 748.15"
 * or "part 748" resolves to the compilation that holds its text (rg:holdsKey); the subdivision where that
 * part begins carries the key too (rg:partKey). An article or section cited by its number ("Article 9(1) of
 * Regulation (EU) 2016/679", "section 4.2 of this order") names its part by label (rg:pinpoint), and lands
 * on the first provision of the cited document so labelled, or on the nearest enclosing part it labels
 * ("Article 9" when no provision is labelled "Article 9(1)"). Either way a reader opens the document at the cited part
 * rather than at the top of a thousand pages. Callers hold the read transaction.
 */
final class CitedParts {
    /**
     * How a query's ?key names where a part begins, binding the ?provision that begins it and the part's
     * ?label: a code's part key on the subdivision; or a label, the first provision so labelled (a label
     * given to provisions apart from one another, "Article 21" of an act and of its correlation table, makes
     * no subdivision, and the act's own Article 21 still comes first).
     */
    private static final String BY_PART_KEY = """
            ?subdivision rg:partKey ?key ; dcterms:isPartOf ?doc ; rdfs:label ?label .
            ?provision rg:realizes ?subdivision .""";
    private static final String BY_LABEL = """
            ?provision rg:provisionLabel ?key .
            BIND (?key AS ?label)""";

    /**
     * Binds, where the document a citation's ?citedKey names is stored, the ?target ?targetKey ?title that
     * {@link Cited#of} reads: the document under that key, or the compilation holding that part.
     */
    static final String STORED_TARGET = """
            OPTIONAL { { ?target rg:identifierKey ?citedKey } UNION { ?target rg:holdsKey ?citedKey }
                       ?target a rg:Document ; dcterms:title ?title ; rg:identifierKey ?targetKey .
                       FILTER (STRENDS(STR(?target), CONCAT("/", ?targetKey))) }""";

    private CitedParts() {
    }

    /** A reference as a query row gives it, with the key it was cited by and the part it names, if any. */
    record Cited(Reference reference, String citedKey, String pinpoint) {

        /**
         * From a row binding ?relation ?citedKey ?surface, optionally ?pinpoint, and, when the cited document
         * is stored, ?target ?targetKey ?title.
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
            return new Cited(reference, citedKey, Queries.string(row, "pinpoint"));
        }

        /** What one reference stands for: the cited instrument, or the part of it the citation names. */
        String citedPart() {
            return CitedParts.citedPart(citedKey, pinpoint);
        }

        /**
         * The same, citing the instrument as a whole. Rows come ordered by pinpoint, unbound first, so the
         * first of an instrument's is the one that cites it whole where the text does.
         */
        Cited whole() {
            return pinpoint == null ? this : new Cited(reference, citedKey, null);
        }

        /** The same, made at {@code spans} of the citing document's text. */
        Cited at(List<Reference.Span> spans) {
            return spans == null ? this : new Cited(reference.at(spans), citedKey, pinpoint);
        }
    }

    /** The references, each landing on the part it cites where the cited document holds that part. */
    static List<Reference> landed(Dataset dataset, List<Cited> cited) {
        List<Cited> resolved = cited.stream().filter(one -> one.reference().resolved()).toList();
        if (resolved.isEmpty()) {
            return cited.stream().map(Cited::reference).toList();
        }
        Map<HeldPart, Reference.Part> keyed = beginnings(dataset, resolved.stream()
                .filter(one -> one.pinpoint() == null)
                .map(one -> new HeldPart(one.reference().documentIri(), one.citedKey()))
                .distinct()
                .toList(), BY_PART_KEY);
        Map<HeldPart, Reference.Part> pinpointed = pinpointed(dataset, resolved.stream()
                .filter(one -> one.pinpoint() != null)
                .map(one -> new HeldPart(one.reference().documentIri(), one.pinpoint()))
                .distinct()
                .toList());
        return cited.stream().map(one -> {
            HeldPart cites = new HeldPart(one.reference().documentIri(),
                    one.pinpoint() == null ? one.citedKey() : one.pinpoint());
            Reference.Part part = (one.pinpoint() == null ? keyed : pinpointed).get(cites);
            return part == null ? one.reference() : one.reference().landingOn(part);
        }).toList();
    }

    /** Where each part the document holds begins in its current version, by the part's key. */
    static Map<String, Reference.Part> heldBy(Dataset dataset, String documentIri) {
        Map<String, Reference.Part> parts = new HashMap<>();
        beginnings(dataset, "VALUES ?doc { " + Queries.iris(List.of(documentIri)) + " }", BY_PART_KEY)
                .forEach((held, part) -> parts.put(held.key(), part));
        return parts;
    }

    /** Where each pinpointed part begins in the document, or the nearest part enclosing it, by pinpoint. */
    static Map<String, Reference.Part> pinpointedIn(Dataset dataset, String documentIri, List<String> pinpoints) {
        Map<String, Reference.Part> parts = new HashMap<>();
        pinpointed(dataset, pinpoints.stream().map(pinpoint -> new HeldPart(documentIri, pinpoint)).toList())
                .forEach((held, part) -> parts.put(held.key(), part));
        return parts;
    }

    /** Where each pinpoint (a document and a label) begins, or the nearest part enclosing it that is labelled. */
    private static Map<HeldPart, Reference.Part> pinpointed(Dataset dataset, List<HeldPart> pinpoints) {
        Map<HeldPart, Reference.Part> labelled = beginnings(dataset, pinpoints.stream()
                .flatMap(pinpoint -> enclosingLabels(pinpoint.key()).stream()
                        .map(label -> new HeldPart(pinpoint.documentIri(), label)))
                .distinct()
                .toList(), BY_LABEL);
        Map<HeldPart, Reference.Part> parts = new HashMap<>();
        for (HeldPart pinpoint : pinpoints) {
            enclosingLabels(pinpoint.key()).stream()
                    .map(label -> labelled.get(new HeldPart(pinpoint.documentIri(), label)))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .ifPresent(part -> parts.put(pinpoint, part));
        }
        return parts;
    }

    /**
     * Where each of the document's citations is made in its current version (code-point offsets), by what
     * it cites ({@link Cited#citedPart()}), in reading order.
     */
    static Map<String, List<Reference.Span>> made(Dataset dataset, String documentIri) {
        Map<String, List<Reference.Span>> spans = new HashMap<>();
        Queries.select(dataset, """
                SELECT ?citedKey ?pinpoint ?start ?end WHERE {
                  ?doc rg:currentVersion/rg:provision/rg:citation ?citation .
                  ?citation rg:citedKey ?citedKey ; rg:textSpan/oa:hasSelector ?position .
                  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                  OPTIONAL { ?citation rg:pinpoint ?pinpoint }
                } ORDER BY ?start
                """, GraphReader.bind("doc", documentIri), row -> row)
                .forEach(row -> {
                    String part = citedPart(Queries.string(row, "citedKey"), Queries.string(row, "pinpoint"));
                    spans.computeIfAbsent(part, any -> new ArrayList<>())
                            .add(new Reference.Span(Queries.integer(row, "start", 0), Queries.integer(row, "end", 0)));
                });
        return spans;
    }

    private static String citedPart(String citedKey, String pinpoint) {
        return pinpoint == null ? citedKey : citedKey + " " + pinpoint;
    }

    /** A part's key or label, as held by one document. */
    private record HeldPart(String documentIri, String key) {
    }

    /** Where the wanted parts begin, each named by key or label in one document. */
    private static Map<HeldPart, Reference.Part> beginnings(Dataset dataset, List<HeldPart> wanted, String naming) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return beginnings(dataset, "VALUES (?doc ?key) { " + wanted.stream()
                .map(held -> "(" + Queries.iris(List.of(held.documentIri())) + " "
                        + FmtUtils.stringForNode(NodeFactory.createLiteralString(held.key())) + ")")
                .collect(Collectors.joining(" ")) + " }", naming);
    }

    /**
     * Where parts begin: the part's label and the offsets of the first provision of the current version that
     * begins it. {@code values} restricts ?doc, and may restrict ?key; {@code naming} says how ?key names the
     * part ({@link #BY_PART_KEY}, {@link #BY_LABEL}).
     */
    private static Map<HeldPart, Reference.Part> beginnings(Dataset dataset, String values, String naming) {
        Map<HeldPart, Reference.Part> parts = new HashMap<>();
        Queries.select(dataset, """
                SELECT ?doc ?key ?label ?start ?end WHERE {
                  %s
                  ?doc rg:currentVersion ?version .
                  %s
                  ?provision dcterms:isPartOf ?version ; rg:textSpan/oa:hasSelector ?position .
                  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                } ORDER BY ?start
                """.formatted(values, naming), Map.of(), row -> row)
                .forEach(row -> parts.putIfAbsent(
                        new HeldPart(Queries.string(row, "doc"), Queries.string(row, "key")),
                        new Reference.Part(Queries.string(row, "label"), Queries.integer(row, "start", 0),
                                Queries.integer(row, "end", 0))));
        return parts;
    }

    /** "Article 9(1)(a)", then "Article 9(1)", then "Article 9": the pinpoint and the parts enclosing it. */
    private static List<String> enclosingLabels(String pinpoint) {
        List<String> labels = new ArrayList<>();
        for (String label = pinpoint; ; label = label.substring(0, label.lastIndexOf('('))) {
            labels.add(label);
            if (!label.endsWith(")") || label.lastIndexOf('(') <= 0) {
                return labels;
            }
        }
    }
}
