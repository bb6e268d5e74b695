package org.reggraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Joins provisions (search hits) back to the graph, a page at a time: one query for the rules of all the
 * page's provisions, one for what they cite, one for their related provisions, and the references of each
 * distinct document (what it cites, what cites it, and where others cite its parts).
 * Results are cached until the next write to the store, so repeated searches cost almost nothing. A
 * document's references are cached on their own: they are the slowest part of the join (a regulation can
 * cite thousands of instruments) and every hit of the same document shares them, so a page of provisions
 * never seen before costs only the two provision queries once its documents have been seen.
 */
public final class ProvisionContextReader {
    static final int RELATED_PER_PROVISION = 5;
    private static final int CACHE_ENTRIES = 2_000;
    private static final int DOCUMENT_CACHE_ENTRIES = 500;

    private final GraphStore store;
    private final GraphReader documents;
    private final Map<String, ProvisionContext> cache = leastRecentlyUsed(CACHE_ENTRIES);
    private final Map<String, DocumentReferences> documentCache = leastRecentlyUsed(DOCUMENT_CACHE_ENTRIES);
    private EntityDirectory entities;
    private long cachedGeneration = -1;

    /**
     * What a document cites and what cites it, shared by all of its provisions, documents in the store first,
     * because those are the ones a reader can open and a search hit shows only the first few; and the
     * citations of its parts, from which each provision takes those of the part it is.
     */
    private record DocumentReferences(List<Reference> cites, List<Reference> citedBy, List<PartCitation> partsCited) {
        private static final Comparator<Reference> IN_STORE_FIRST = Comparator.comparing(reference -> !reference.resolved());

        DocumentReferences {
            // Sorted and copied once here, so each provision's context shares these lists.
            cites = cites.stream().sorted(IN_STORE_FIRST).toList();
            citedBy = citedBy.stream().sorted(IN_STORE_FIRST).toList();
        }
    }

    public ProvisionContextReader(GraphStore store, GraphReader documents) {
        this.store = store;
        this.documents = documents;
    }

    /** A provision to join: its IRI, its document's id and its label (null when it has none). */
    public record Provision(String iri, String documentId, String label) {
    }

    /** Context per provision IRI. */
    public synchronized Map<String, ProvisionContext> contextOf(Collection<Provision> provisions) {
        forgetIfWritten();
        Map<String, ProvisionContext> found = new HashMap<>();
        List<Provision> missing = new ArrayList<>();
        for (Provision provision : provisions) {
            ProvisionContext cached = cache.get(provision.iri());
            if (cached != null) {
                found.put(provision.iri(), cached);
            } else {
                missing.add(provision);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, ProvisionContext> read = read(missing);
            cache.putAll(read);
            found.putAll(read);
        }
        return found;
    }

    /** Every entity's preferred label by its IRI, for answers that name entities by IRI (an entity facet). */
    public synchronized Map<String, String> entityLabels() {
        return entities().labels();
    }

    /** The store's entities: labels, types and how many documents mention each. */
    public synchronized EntityDirectory entities() {
        forgetIfWritten();
        if (entities == null) {
            entities = store.read(this::readEntities);
        }
        return entities;
    }

    private EntityDirectory readEntities() {
        Map<String, String> labels = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        for (String[] row : Queries.select(store.dataset(), """
                SELECT ?entity ?label ?type WHERE { ?entity a rg:Entity ; skos:prefLabel ?label ; rg:entityType ?type }
                """, Map.of(), row -> new String[] {Queries.string(row, "entity"), Queries.string(row, "label"),
                Queries.string(row, "type")})) {
            labels.putIfAbsent(row[0], row[1]);
            types.putIfAbsent(row[0], row[2]);
        }
        // Counted apart: grouping the labels by an optional join measured three times slower than both queries.
        Map<String, Integer> documentsMentioning = Queries.select(store.dataset(), """
                SELECT ?entity (COUNT(DISTINCT ?doc) AS ?documents) WHERE { ?doc rg:mentions ?entity } GROUP BY ?entity
                """, Map.of(), row -> Map.entry(Queries.string(row, "entity"), Queries.integer(row, "documents", 0)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int documents = Queries.select(store.dataset(), """
                SELECT (COUNT(?doc) AS ?documents) WHERE { ?doc a rg:Document }
                """, Map.of(), row -> Queries.integer(row, "documents", 0)).get(0);
        return new EntityDirectory(labels, types, documentsMentioning, documents);
    }

    private void forgetIfWritten() {
        if (cachedGeneration != store.generation()) {
            cache.clear();
            documentCache.clear();
            entities = null;
            cachedGeneration = store.generation();
        }
    }

    private Map<String, ProvisionContext> read(List<Provision> provisions) {
        List<String> iris = provisions.stream().map(Provision::iri).distinct().toList();
        Map<String, List<ProvisionContext.RuleSummary>> rules = rules(iris);
        Map<String, List<Reference>> made = documents.citationsMadeIn(iris);
        Map<String, List<ProvisionContext.Related>> related = related(iris);
        Set<String> partsCited = documents.citedUnderTheirKeys(provisions.stream().map(Provision::documentId)
                .filter(id -> !documentCache.containsKey(id)).distinct().toList());
        Map<String, ProvisionContext> contexts = new HashMap<>();
        for (Provision provision : provisions) {
            DocumentReferences references = documentCache.computeIfAbsent(provision.documentId(), id ->
                    new DocumentReferences(documents.references(id), documents.referencedBy(id),
                            partsCited.contains(id) ? documents.partCitations(id) : List.of()));
            contexts.put(provision.iri(), new ProvisionContext(rules.getOrDefault(provision.iri(), List.of()),
                    made.getOrDefault(provision.iri(), List.of()),
                    ProvisionCitations.ofPart(references.partsCited(), provision.label()),
                    references.cites(), references.citedBy(), related.getOrDefault(provision.iri(), List.of())));
        }
        return contexts;
    }

    private static <V> Map<String, V> leastRecentlyUsed(int entries) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > entries;
            }
        };
    }

    private Map<String, List<ProvisionContext.RuleSummary>> rules(Collection<String> provisions) {
        List<String[]> rows = store.read(() -> Queries.select(store.dataset(), """
                SELECT ?provision ?rule ?modality ?text ?bearer ?bearerEntity ?reported WHERE {
                  VALUES ?provision { }
                  ?provision rg:rule ?rule .
                  ?rule rg:modality ?modality ; rg:text ?text ; rg:textSpan/oa:hasSelector ?position .
                  ?position a oa:TextPositionSelector ; oa:start ?start .
                  OPTIONAL { ?rule rg:bearerText ?bearer }
                  OPTIONAL { ?rule <http://www.w3.org/ns/odrl/2/assignee> ?bearerEntity }
                  BIND (EXISTS { ?rule a rg:ReportedClaim } AS ?reported)
                } ORDER BY ?provision ?start
                """, "provision", provisions, Map.of(), row -> new String[] {
                Queries.string(row, "provision"), Queries.string(row, "rule"),
                Queries.string(row, "modality").substring(Vocab.NS.length()), Queries.string(row, "text"),
                Queries.string(row, "bearer"), Queries.string(row, "bearerEntity"),
                String.valueOf(Queries.bool(row, "reported"))}));
        return rows.stream().collect(Collectors.groupingBy(row -> row[0], LinkedHashMap::new,
                Collectors.mapping(row -> new ProvisionContext.RuleSummary(row[1], row[2], row[3], row[4], row[5],
                        Boolean.parseBoolean(row[6])), Collectors.toList())));
    }

    /**
     * Provisions of other documents' current versions that cite an instrument the provision cites: from each
     * other document the one that shares the most of its citations (the first in reading order on a tie),
     * the documents that share most first. One per document, because five provisions of one fact sheet
     * citing the same order told a reader one thing five times.
     */
    private Map<String, List<ProvisionContext.Related>> related(Collection<String> provisions) {
        List<String[]> rows = store.read(() -> Queries.select(store.dataset(), """
                SELECT ?provision ?other ?otherKey ?otherTitle ?otherLabel ?shared ?cited ?start ?end WHERE {
                  {
                    SELECT ?provision ?other ?otherKey ?otherTitle ?otherLabel ?otherOrdinal
                           (COUNT(DISTINCT ?key) AS ?shared) (MIN(?surface) AS ?cited) WHERE {
                      VALUES ?provision { }
                      ?provision rg:citation ?citation .
                      ?citation rg:citedKey ?key ; rdfs:label ?surface ; rg:citedDocument ?citedDoc .
                      # An act citing its own articles shares no citation with a document citing the act.
                      # Each side is tested as soon as it is bound: an act's own citations are hundreds.
                      FILTER (!STRSTARTS(STR(?provision), CONCAT(STR(?citedDoc), "/")))
                      ?otherCitation rg:citedKey ?key .
                      ?other rg:citation ?otherCitation .
                      FILTER (!STRSTARTS(STR(?other), CONCAT(STR(?citedDoc), "/")))
                      ?otherVersion rg:provision ?other .
                      ?otherDoc rg:currentVersion ?otherVersion ; rg:identifierKey ?otherKey ; dcterms:title ?otherTitle .
                      FILTER (STRENDS(STR(?otherDoc), CONCAT("/", ?otherKey)))
                      FILTER (!STRSTARTS(STR(?provision), STR(?otherDoc)))
                      OPTIONAL { ?other rg:provisionLabel ?otherLabel }
                      OPTIONAL { ?other rg:ordinal ?otherOrdinal }
                    } GROUP BY ?provision ?other ?otherKey ?otherTitle ?otherLabel ?otherOrdinal
                  }
                  # Where the other provision stands, read once per pair found rather than for every shared key.
                  ?other rg:textSpan/oa:hasSelector ?position .
                  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                }
                ORDER BY ?provision DESC(?shared) ?otherKey ?otherOrdinal ?other
                """, "provision", provisions, Map.of(), row -> new String[] {
                Queries.string(row, "provision"), Queries.string(row, "other"), Queries.string(row, "otherKey"),
                Queries.string(row, "otherTitle"), Queries.string(row, "otherLabel"), Queries.string(row, "cited"),
                Queries.string(row, "shared"), Queries.string(row, "start"), Queries.string(row, "end")}));
        Map<String, List<ProvisionContext.Related>> related = new HashMap<>();
        Map<String, Set<String>> documentsTaken = new HashMap<>();
        for (String[] row : rows) {
            List<ProvisionContext.Related> list = related.computeIfAbsent(row[0], key -> new ArrayList<>());
            boolean firstOfItsDocument = documentsTaken.computeIfAbsent(row[0], key -> new HashSet<>()).add(row[2]);
            if (firstOfItsDocument && list.size() < RELATED_PER_PROVISION) {
                list.add(new ProvisionContext.Related(row[1], row[2], row[3], row[4], reason(row[5], row[6]),
                        Integer.parseInt(row[7]), Integer.parseInt(row[8])));
            }
        }
        return related;
    }

    private static String reason(String cited, String shared) {
        int others = Integer.parseInt(shared) - 1;
        return "also cites " + cited + (others == 0 ? ""
                : " and " + others + " more this one cites");
    }
}
