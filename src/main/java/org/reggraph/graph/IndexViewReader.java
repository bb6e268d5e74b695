package org.reggraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.reggraph.model.DocumentKind;

/**
 * Reads, for one document, the provisions of its current version with everything search needs: document
 * facets, the modalities of the rules inside each provision, the entities those rules bind and the entities
 * its text names.
 */
public final class IndexViewReader {
    /** A provision without rules: no modalities, no bearers. */
    private static final String[] NO_RULES = {null, null};

    private final GraphStore store;
    private final Iris iris;

    public IndexViewReader(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public List<IndexableProvision> provisions(String documentKey) {
        Map<String, RDFNode> document = GraphReader.bind("doc", iris.document(documentKey));
        return store.read(() -> {
            List<QuerySolution> facts = documentFacts(document);
            Map<String, String[]> rules = ruleFacets(document);
            Map<String, List<String>> named = namedEntities(document);
            List<IndexableProvision> provisions = new ArrayList<>();
            for (QuerySolution provision : provisionRows(document)) {
                String iri = Queries.string(provision, "provision");
                String[] ofRules = rules.getOrDefault(iri, NO_RULES);
                for (QuerySolution fact : facts) {
                    provisions.add(new IndexableProvision(iri, Queries.string(fact, "doc"),
                            Queries.string(fact, "version"), Queries.string(fact, "key"), Queries.string(fact, "title"),
                            Queries.string(fact, "kindLabel"), Queries.string(fact, "issuer"),
                            Queries.string(fact, "jurisdiction"), Queries.string(fact, "language"),
                            Queries.string(fact, "date"), Queries.string(provision, "label"),
                            Queries.string(provision, "subdivision"), Queries.string(provision, "heading"),
                            Queries.string(provision, "text"), Queries.integer(provision, "start", 0),
                            Queries.integer(provision, "end", 0), Queries.string(fact, "container"),
                            Queries.integer(fact, "line", Queries.integer(provision, "ordinal", 0)),
                            Queries.list(ofRules[0]), Queries.list(ofRules[1]), named.getOrDefault(iri, List.of()),
                            part(Queries.string(fact, "kindLabel"), provision.contains("preamble"))));
                }
            }
            return provisions;
        });
    }

    /**
     * What every provision of the document shares: its document's facets, and where a passage of a collection
     * sits. Read apart from the provisions: joined to them and grouped with their texts and rules in one query,
     * they made ARQ hash and sort every provision's text with twenty other values, and reading the view back
     * cost two thirds of what writing it into the index did.
     */
    private List<QuerySolution> documentFacts(Map<String, RDFNode> document) {
        return Queries.select(store.dataset(), """
                SELECT ?doc ?version ?key ?title ?kindLabel ?issuer ?jurisdiction ?language ?date ?container ?line WHERE {
                  # Everything about a document is in its own named graph: matching inside it uses the
                  # graph-first indexes and never scans other documents.
                  GRAPH ?doc {
                    ?doc rg:currentVersion ?version ; rg:identifierKey ?key ; dcterms:title ?title ; rg:kind ?kind .
                    FILTER (STRENDS(STR(?doc), CONCAT("/", ?key)))
                    BIND (REPLACE(STR(?kind), "^.*#kind-", "") AS ?kindLabel)
                    # The publisher is an agent named by its label; a store written before publishers were agents holds the name.
                    OPTIONAL { ?doc dcterms:publisher ?publisher OPTIONAL { ?publisher rdfs:label ?publisherName } }
                    BIND (COALESCE(?publisherName, ?publisher) AS ?issuer)
                    OPTIONAL { ?doc rg:jurisdiction ?jurisdiction }
                    OPTIONAL { ?doc dcterms:language ?language }
                    OPTIONAL { ?doc dcterms:date ?date }
                    # A passage of a collection sits in its file, and in the source document its "document" key
                    # names (JsonlPassageReader.Passage.DOCUMENT_KEY); any other provision in its document.
                    OPTIONAL { ?version rg:sourceLine ?line ; rg:sourceFileName ?file .
                               OPTIONAL { ?version rg:sourceField [ rg:fieldName "document" ; rdf:value ?part ] } }
                    BIND (IF(BOUND(?line), IF(BOUND(?part), CONCAT(?file, "#", ?part), ?file), STR(?doc)) AS ?container)
                  }
                }
                """, document, row -> row);
    }

    /** The current version's provisions in reading order, with where each stands in the document's text. */
    private List<QuerySolution> provisionRows(Map<String, RDFNode> document) {
        return Queries.select(store.dataset(), """
                SELECT ?provision ?label ?heading ?subdivision ?text ?start ?end ?ordinal ?preamble WHERE {
                  GRAPH ?doc {
                    ?doc rg:currentVersion ?version .
                    ?version rg:provision ?provision .
                    ?provision rg:text ?text ; rg:ordinal ?ordinal ; rg:textSpan/oa:hasSelector ?position .
                    ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                    OPTIONAL { ?provision rg:provisionLabel ?label }
                    OPTIONAL { ?provision dcterms:title ?heading }
                    OPTIONAL { ?provision rg:realizes ?subdivision }
                    OPTIONAL { ?provision a rg:PreambleProvision . BIND (true AS ?preamble) }
                  }
                } ORDER BY ?ordinal
                """, document, row -> row);
    }

    /** Which part of an act a directive's provision is in; other kinds of document have no such parts. */
    private static String part(String kind, boolean inPreamble) {
        if (!DocumentKind.DIRECTIVE.name().equalsIgnoreCase(kind)) {
            return null;
        }
        return inPreamble ? IndexableProvision.PREAMBLE : IndexableProvision.OPERATIVE;
    }

    /** The modalities of the rules in each provision and the entities they bind, by provision IRI. */
    private Map<String, String[]> ruleFacets(Map<String, RDFNode> document) {
        return Queries.select(store.dataset(), """
                SELECT ?provision (GROUP_CONCAT(DISTINCT ?modalityLabel; separator="\\u001F") AS ?modalities)
                       (GROUP_CONCAT(DISTINCT ?bearer; separator="\\u001F") AS ?bearers) WHERE {
                  GRAPH ?doc { ?doc rg:currentVersion ?version . ?version rg:provision ?provision .
                               ?provision rg:rule ?rule . ?rule rg:modality ?modality .
                               BIND (REPLACE(STR(?modality), "^.*#", "") AS ?modalityLabel)
                               OPTIONAL { ?rule <http://www.w3.org/ns/odrl/2/assignee> ?bearer } }
                } GROUP BY ?provision
                """, document, row -> Map.entry(Queries.string(row, "provision"),
                new String[] {Queries.string(row, "modalities"), Queries.string(row, "bearers")}))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The entities each provision names, apart from the description: in the same query, every name would
     * multiply the rows of every rule.
     */
    private Map<String, List<String>> namedEntities(Map<String, RDFNode> document) {
        return Queries.select(store.dataset(), """
                SELECT ?provision (GROUP_CONCAT(DISTINCT ?entity; separator="\\u001F") AS ?entities) WHERE {
                  GRAPH ?doc { ?doc rg:currentVersion ?version . ?version rg:provision ?provision .
                               ?provision rg:names ?entity }
                } GROUP BY ?provision
                """, document, row -> Map.entry(
                Queries.string(row, "provision"), Queries.list(Queries.string(row, "entities"))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
