package org.reggraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;

/**
 * The citations a provision makes in its own text, and the citations other documents make of the part it
 * is. A search hit's document may cite hundreds of instruments; the two or three its hit cites, and the
 * amendments of the section it stands in, are what a reader of that hit wants first. Callers hold the read
 * transaction.
 */
final class ProvisionCitations {
    private ProvisionCitations() {
    }

    /**
     * Each provision's citations in reading order, one per cited instrument or part of one by the strongest
     * relation, each landing where the cited document prints the part and with where the provision makes it.
     * A citation of the provision's own document is kept only where it leads to another part of it.
     */
    static Map<String, List<Reference>> madeIn(Dataset dataset, Iris iris, Collection<String> provisions) {
        Map<String, List<Made>> byProvision = new LinkedHashMap<>();
        for (Made made : Queries.select(dataset, """
                SELECT ?provision ?relation ?citedKey ?pinpoint ?surface ?start ?end ?target ?targetKey ?title WHERE {
                  VALUES ?provision { }
                  ?provision rg:citation ?citation .
                  ?citation rg:relation ?relation ; rg:citedKey ?citedKey ; rdfs:label ?surface ;
                            rg:textSpan/oa:hasSelector ?position .
                  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                  OPTIONAL { ?citation rg:pinpoint ?pinpoint }
                  %s
                } ORDER BY ?provision ?start ?relation
                """.formatted(CitedParts.STORED_TARGET), "provision", provisions, Map.of(),
                row -> new Made(Queries.string(row, "provision"), CitedParts.Cited.of(row, iris),
                        new Reference.Span(Queries.integer(row, "start", 0), Queries.integer(row, "end", 0))))) {
            byProvision.computeIfAbsent(made.provision(), any -> new ArrayList<>()).add(made);
        }
        List<String> owners = new ArrayList<>();
        List<CitedParts.Cited> cited = new ArrayList<>();
        byProvision.forEach((provision, made) -> {
            for (CitedParts.Cited one : placedOnce(made)) {
                owners.add(provision);
                cited.add(one);
            }
        });
        List<Reference> landed = CitedParts.landed(dataset, cited);
        Map<String, List<Reference>> references = new LinkedHashMap<>();
        for (int i = 0; i < landed.size(); i++) {
            Reference reference = landed.get(i);
            String provision = owners.get(i);
            boolean ownDocument = reference.resolved() && provision.startsWith(reference.documentIri() + "/");
            if (!ownDocument || leadsElsewhere(reference)) {
                references.computeIfAbsent(provision, any -> new ArrayList<>()).add(reference);
            }
        }
        return references;
    }

    /**
     * Whether a citation of the provision's own document leads to another part of it. As in the document's
     * reader, a part the document lacks is none of its own ("Articles 101 and 102 TFEU" in an act with fewer);
     * and a part whose text holds every place it is cited from is the provision's own heading ("§ 748.15
     * Authorization Validated End-User" read as citing § 748.15).
     */
    private static boolean leadsElsewhere(Reference reference) {
        Reference.Part part = reference.part();
        return part != null && reference.at().stream()
                .anyMatch(span -> span.start() < part.start() || span.start() >= part.end());
    }

    /** One citation and where its provision makes it. */
    private record Made(String provision, CitedParts.Cited cited, Reference.Span span) {
    }

    /** One per cited part by its strongest relation, in the order first made, each with every place it is made. */
    private static List<CitedParts.Cited> placedOnce(List<Made> made) {
        // a citation resolving to two stored documents (an act and its consolidated copy) is one row each
        Map<String, Set<Reference.Span>> spans = new LinkedHashMap<>();
        made.forEach(one -> spans.computeIfAbsent(one.cited().citedPart(), any -> new LinkedHashSet<>()).add(one.span()));
        return StrongestRelation.perKey(made.stream().map(Made::cited).toList(), CitedParts.Cited::citedPart,
                cited -> cited.reference().relation()).stream()
                .map(cited -> cited.at(List.copyOf(spans.get(cited.citedPart()))))
                .toList();
    }

    /**
     * Of the citations of a document's parts, those of the part labelled {@code label} or of a part holding it:
     * "§ 744.23" and "§ 744" hold "§ 744.23(b)", "Sec. 4" holds "Sec. 4.2", "Article 5" holds "Article 5(1)".
     */
    static List<PartCitation> ofPart(List<PartCitation> documentParts, String label) {
        if (label == null || label.isBlank()) {
            return List.of();
        }
        return documentParts.stream().filter(citation -> holds(citation.part().label(), label)).toList();
    }

    static boolean holds(String outer, String inner) {
        if (!inner.startsWith(outer)) {
            return false;
        }
        if (inner.length() == outer.length()) {
            return true;
        }
        char next = inner.charAt(outer.length());
        return next == '(' || next == '.';
    }
}
