package org.reggraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Reads entities: organisations, jurisdictions, instruments, technologies and concepts, linked across
 * documents by their keys, with the rules that bind them and the documents that mention them.
 */
public final class EntityReader {
    private final GraphStore store;
    private final Iris iris;

    public EntityReader(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** Entities whose name or alias contains {@code query} (case-insensitive); all when it is null. */
    public List<EntityInfo> find(String query, int limit) {
        return infos("", query == null ? "" : query.toLowerCase(Locale.ROOT), limit);
    }

    public Optional<EntityInfo> entity(String key) {
        // Entity keys are slugs (letters, digits, hyphens), so the IRI is safe to write into the query.
        return infos("VALUES ?entity { <" + iris.entity(key) + "> }", "", 1).stream().findFirst();
    }

    private List<EntityInfo> infos(String restriction, String needle, int limit) {
        return store.read(() -> Queries.select(store.dataset(), """
                SELECT ?entity ?label ?type
                       (GROUP_CONCAT(DISTINCT ?alias; separator="\\u001F") AS ?aliases)
                       (COUNT(DISTINCT ?rule) AS ?rules) (COUNT(DISTINCT ?doc) AS ?documents)
                WHERE {
                  %s
                  ?entity a rg:Entity ; skos:prefLabel ?label ; rg:entityType ?type .
                  OPTIONAL { ?entity skos:altLabel ?alias }
                  OPTIONAL { ?rule <http://www.w3.org/ns/odrl/2/assignee> ?entity }
                  OPTIONAL { ?doc rg:mentions ?entity }
                  FILTER (?needle = "" || CONTAINS(LCASE(STR(?label)), ?needle)
                          || EXISTS { ?entity skos:altLabel ?name FILTER CONTAINS(LCASE(STR(?name)), ?needle) })
                }
                GROUP BY ?entity ?label ?type
                ORDER BY DESC(?documents) ?label
                LIMIT %d
                """.formatted(restriction, limit), Map.of("needle", ResourceFactory.createPlainLiteral(needle)),
                row -> new EntityInfo(Queries.string(row, "entity"), keyOf(Queries.string(row, "entity")),
                        Queries.string(row, "label"), Queries.string(row, "type"),
                        Queries.list(Queries.string(row, "aliases")), Queries.integer(row, "rules", 0),
                        Queries.integer(row, "documents", 0))));
    }

    /**
     * For each document whose current version has provisions naming the entity ({@code rg:names}), how many
     * do and the first {@code shown} of them: the documents naming it most first. Positions are read for the
     * provisions listed only: an entity such as the United States is named by a thousand.
     */
    public List<NamingProvisions> provisionsNaming(String key, int shown) {
        return store.read(() -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, List<String[]>> listed = new LinkedHashMap<>();
            Queries.select(store.dataset(), """
                    SELECT ?key ?provision ?label ?ordinal WHERE {
                      ?provision rg:names ?entity ; rg:ordinal ?ordinal .
                      ?version rg:provision ?provision .
                      ?doc rg:currentVersion ?version ; rg:identifierKey ?key .
                      FILTER (STRENDS(STR(?doc), CONCAT("/", ?key)))
                      OPTIONAL { ?provision rg:provisionLabel ?label }
                    } ORDER BY ?key ?ordinal
                    """, GraphReader.bind("entity", iris.entity(key)), row -> new String[] {
                    Queries.string(row, "key"), Queries.string(row, "provision"), Queries.string(row, "label"),
                    Queries.string(row, "ordinal")}).forEach(row -> {
                        if (counts.merge(row[0], 1, Integer::sum) <= shown) {
                            listed.computeIfAbsent(row[0], document -> new ArrayList<>()).add(row);
                        }
                    });
            Map<String, int[]> spans = spans(listed.values().stream().flatMap(List::stream).map(row -> row[1]).toList());
            return listed.entrySet().stream()
                    .map(entry -> new NamingProvisions(entry.getKey(), counts.get(entry.getKey()),
                            entry.getValue().stream().map(row -> new NamingProvisions.Place(row[1], row[2],
                                    Integer.parseInt(row[3]), spans.get(row[1])[0], spans.get(row[1])[1])).toList()))
                    .sorted(Comparator.comparingInt(NamingProvisions::provisions).reversed())
                    .toList();
        });
    }

    /** Each provision's code-point offsets in its version, by IRI. */
    private Map<String, int[]> spans(List<String> provisions) {
        if (provisions.isEmpty()) {
            return Map.of();
        }
        return Queries.select(store.dataset(), """
                SELECT ?provision ?start ?end WHERE {
                  VALUES ?provision { %s }
                  ?provision rg:textSpan/oa:hasSelector ?position .
                  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                }
                """.formatted(Queries.iris(provisions)), Map.of(), row -> Map.entry(Queries.string(row, "provision"),
                new int[] {Queries.integer(row, "start", 0), Queries.integer(row, "end", 0)}))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Documents whose current version mentions the entity, by title. */
    public List<DocumentSummary> documentsMentioning(String key, GraphReader documents) {
        List<String> keys = store.read(() -> Queries.select(store.dataset(), """
                SELECT DISTINCT ?key WHERE {
                  ?doc rg:mentions ?entity ; rg:identifierKey ?key .
                  FILTER (STRENDS(STR(?doc), CONCAT("/", ?key)))
                }
                """, GraphReader.bind("entity", iris.entity(key)), row -> Queries.string(row, "key")));
        return documents.documentsByKey(keys);
    }

    /**
     * Documents the entity issued: those whose publisher bears the entity's preferred label, as an issuer the
     * entity catalog knows is named (the ingest's issuer table names such bodies as the catalog does).
     */
    public List<DocumentSummary> documentsIssuedBy(String key, GraphReader documents) {
        List<String> keys = store.read(() -> Queries.select(store.dataset(), """
                SELECT DISTINCT ?key WHERE {
                  ?entity skos:prefLabel ?name .
                  ?publisher rdfs:label ?name .
                  ?doc dcterms:publisher ?publisher ; rg:identifierKey ?key .
                  FILTER (STRENDS(STR(?doc), CONCAT("/", ?key)))
                }
                """, GraphReader.bind("entity", iris.entity(key)), row -> Queries.string(row, "key")));
        return documents.documentsByKey(keys);
    }

    /** Every entity's names: its preferred label first, then its aliases. */
    public List<List<String>> names() {
        return store.read(() -> Queries.select(store.dataset(), """
                SELECT ?entity ?label (GROUP_CONCAT(DISTINCT ?alias; separator="\\u001F") AS ?aliases) WHERE {
                  ?entity a rg:Entity ; skos:prefLabel ?label .
                  OPTIONAL { ?entity skos:altLabel ?alias }
                } GROUP BY ?entity ?label
                """, Map.of(), row -> {
                    List<String> names = new java.util.ArrayList<>();
                    names.add(Queries.string(row, "label"));
                    names.addAll(Queries.list(Queries.string(row, "aliases")));
                    return names;
                }));
    }

    /** An instrument the catalog names and the documents in the store that are it, by their keys. */
    public record StoredInstrument(String key, List<String> names, List<String> documentKeys) {
    }

    /**
     * Instruments held in the store: each instrument entity (its preferred label first, then its aliases) with
     * the documents that took its key as one of their identifiers (the AI Act's key is the key of the
     * regulation's own document, and of a copy of its articles that declares it).
     */
    public List<StoredInstrument> storedInstruments() {
        return store.read(() -> Queries.select(store.dataset(), """
                SELECT ?entity ?label (GROUP_CONCAT(DISTINCT ?alias; separator="\u001F") AS ?aliases)
                       (GROUP_CONCAT(DISTINCT ?documentKey; separator="\u001F") AS ?documents) WHERE {
                  ?entity a rg:Entity ; rg:entityType "instrument" ; skos:prefLabel ?label .
                  BIND (REPLACE(STR(?entity), "^.*/", "") AS ?key)
                  ?doc rg:identifierKey ?key ; rg:identifierKey ?documentKey .
                  FILTER (STRENDS(STR(?doc), CONCAT("/", ?documentKey)))
                  OPTIONAL { ?entity skos:altLabel ?alias }
                } GROUP BY ?entity ?label
                """, Map.of(), row -> {
                    List<String> names = new java.util.ArrayList<>();
                    names.add(Queries.string(row, "label"));
                    names.addAll(Queries.list(Queries.string(row, "aliases")));
                    return new StoredInstrument(keyOf(Queries.string(row, "entity")), names,
                            Queries.list(Queries.string(row, "documents")));
                }));
    }

    /**
     * The acts and guidance in the store by each key they took as an identifier ("nspm-11", "eo-14110"), with
     * the keys of the documents that took it; news reports and passages are no instruments.
     */
    public Map<String, List<String>> storedActsByIdentifier() {
        Map<String, List<String>> acts = new HashMap<>();
        store.read(() -> Queries.select(store.dataset(), """
                SELECT ?identifierKey ?documentKey WHERE {
                  VALUES ?kind { rg:kind-directive rg:kind-guidance }
                  ?doc a rg:Document ; rg:kind ?kind ; rg:identifierKey ?identifierKey ; rg:identifierKey ?documentKey .
                  FILTER (STRENDS(STR(?doc), CONCAT("/", ?documentKey)))
                } ORDER BY ?identifierKey ?documentKey
                """, Map.of(), row -> new String[] {Queries.string(row, "identifierKey"), Queries.string(row, "documentKey")}))
                .forEach(row -> acts.computeIfAbsent(row[0], key -> new ArrayList<>()).add(row[1]));
        acts.replaceAll((identifierKey, documentKeys) -> List.copyOf(documentKeys));
        return Map.copyOf(acts);
    }

    public long generation() {
        return store.generation();
    }

    private String keyOf(String entityIri) {
        return entityIri.substring(entityIri.lastIndexOf('/') + 1);
    }
}
