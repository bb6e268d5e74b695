package org.reggraph.graph;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads, for one document, the provisions of its current version with everything search needs: document
 * facets, the modalities of the rules inside each provision, the entities those rules bind and the entities
 * its text names.
 */
public final class IndexViewReader {
    private final GraphStore store;
    private final Iris iris;

    public IndexViewReader(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public List<IndexableProvision> provisions(String documentKey) {
        return store.read(() -> {
            Map<String, List<String>> named = namedEntities(documentKey);
            return described(documentKey).stream()
                    .map(provision -> provision.naming(named.getOrDefault(provision.iri(), List.of())))
                    .toList();
        });
    }

    /**
     * The entities each provision names, apart from the description: in the same query, every name would
     * multiply the rows of every rule.
     */
    private Map<String, List<String>> namedEntities(String documentKey) {
        return Queries.select(store.dataset(), """
                SELECT ?provision (GROUP_CONCAT(DISTINCT ?entity; separator="\\u001F") AS ?entities) WHERE {
                  GRAPH ?doc { ?doc rg:currentVersion ?version . ?version rg:provision ?provision .
                               ?provision rg:names ?entity }
                } GROUP BY ?provision
                """, GraphReader.bind("doc", iris.document(documentKey)), row -> Map.entry(
                Queries.string(row, "provision"), Queries.list(Queries.string(row, "entities"))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<IndexableProvision> described(String documentKey) {
        return Queries.select(store.dataset(), """
                SELECT ?provision ?doc ?version ?key ?title ?kindLabel ?issuer ?jurisdiction ?language ?date ?label ?heading
                       ?subdivision ?text ?start ?end ?ordinal ?container ?line
                       (GROUP_CONCAT(DISTINCT ?modalityLabel; separator="\\u001F") AS ?modalities)
                       (GROUP_CONCAT(DISTINCT ?bearer; separator="\\u001F") AS ?bearers)
                WHERE {
                  # Everything about a document is in its own named graph: matching inside it uses the
                  # graph-first indexes and never scans other documents.
                  GRAPH ?doc {
                    ?doc rg:currentVersion ?version ; rg:identifierKey ?key ; dcterms:title ?title ; rg:kind ?kind .
                    FILTER (STRENDS(STR(?doc), CONCAT("/", ?key)))
                    BIND (REPLACE(STR(?kind), "^.*#kind-", "") AS ?kindLabel)
                    ?version rg:provision ?provision .
                    ?provision rg:text ?text ; rg:ordinal ?ordinal ; rg:textSpan/oa:hasSelector ?position .
                    ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                    # The publisher is an agent named by its label; a store written before publishers were agents holds the name.
                    OPTIONAL { ?doc dcterms:publisher ?publisher OPTIONAL { ?publisher rdfs:label ?publisherName } }
                    BIND (COALESCE(?publisherName, ?publisher) AS ?issuer)
                    OPTIONAL { ?doc rg:jurisdiction ?jurisdiction }
                    OPTIONAL { ?doc dcterms:language ?language }
                    OPTIONAL { ?doc dcterms:date ?date }
                    OPTIONAL { ?provision rg:provisionLabel ?label }
                    OPTIONAL { ?provision dcterms:title ?heading }
                    OPTIONAL { ?provision rg:realizes ?subdivision }
                    # A passage of a collection sits in its file, and in the source document its "document" key
                    # names (JsonlPassageReader.Passage.DOCUMENT_KEY); any other provision in its document.
                    OPTIONAL { ?version rg:sourceLine ?line ; rg:sourceFileName ?file .
                               OPTIONAL { ?version rg:sourceField [ rg:fieldName "document" ; rdf:value ?part ] } }
                    BIND (IF(BOUND(?line), IF(BOUND(?part), CONCAT(?file, "#", ?part), ?file), STR(?doc)) AS ?container)
                    OPTIONAL { ?provision rg:rule ?rule . ?rule rg:modality ?modality .
                               BIND (REPLACE(STR(?modality), "^.*#", "") AS ?modalityLabel)
                               OPTIONAL { ?rule <http://www.w3.org/ns/odrl/2/assignee> ?bearer } }
                  }
                }
                GROUP BY ?provision ?doc ?version ?key ?title ?kindLabel ?issuer ?jurisdiction ?language ?date ?label ?heading
                         ?subdivision ?text ?start ?end ?ordinal ?container ?line
                ORDER BY ?ordinal
                """, GraphReader.bind("doc", iris.document(documentKey)), row -> new IndexableProvision(
                Queries.string(row, "provision"), Queries.string(row, "doc"), Queries.string(row, "version"),
                Queries.string(row, "key"),
                Queries.string(row, "title"), Queries.string(row, "kindLabel"), Queries.string(row, "issuer"),
                Queries.string(row, "jurisdiction"), Queries.string(row, "language"), Queries.string(row, "date"),
                Queries.string(row, "label"), Queries.string(row, "subdivision"), Queries.string(row, "heading"),
                Queries.string(row, "text"),
                Queries.integer(row, "start", 0), Queries.integer(row, "end", 0),
                Queries.string(row, "container"),
                Queries.integer(row, "line", Queries.integer(row, "ordinal", 0)),
                Queries.list(Queries.string(row, "modalities")), Queries.list(Queries.string(row, "bearers")),
                List.of()));
    }
}
