package org.reggraph.graph;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.reggraph.model.DocumentKind;

/**
 * Reads the views the API and the index need out of the graph. Each method runs in its own read
 * transaction. Offsets it returns count code points, as the graph stores them.
 */
public final class GraphReader {
    private final GraphStore store;
    private final Iris iris;
    private final VocabularyTerms terms;

    public GraphReader(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
        this.terms = new VocabularyTerms(iris);
    }

    public List<DocumentSummary> documents() {
        return summaries("");
    }

    /**
     * One page of the documents, in title order, optionally of one kind. A passage collection holds tens of
     * thousands of documents: the page's keys come from a plain sorted query and only they are summarised,
     * where summarising every document first took seconds.
     */
    public DocumentPage documents(int limit, int offset, DocumentKind kind) {
        String ofKind = kind == null ? "" : "?doc rg:kind <" + terms.kind(kind).getURI() + "> .";
        return store.read(() -> {
            long total = Queries.select(store.dataset(), """
                    SELECT (COUNT(DISTINCT ?doc) AS ?documents) WHERE { ?doc a rg:Document ; rg:currentVersion ?v . %s }
                    """.formatted(ofKind), Map.of(), row -> (long) Queries.integer(row, "documents", 0)).get(0);
            List<String> page = Queries.select(store.dataset(), """
                    SELECT ?doc WHERE { ?doc a rg:Document ; dcterms:title ?title ; rg:currentVersion ?v . %s }
                    ORDER BY ?title ?doc LIMIT %d OFFSET %d
                    """.formatted(ofKind, limit, offset), Map.of(), row -> Queries.string(row, "doc"));
            return new DocumentPage(total, page.isEmpty() ? List.of() : summariesOf(page));
        });
    }

    /** The summaries of the given documents (IRIs), in title order; unknown ones are left out. */
    public List<DocumentSummary> documentsByKey(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return summariesOf(keys.stream().map(iris::document).toList());
    }

    private List<DocumentSummary> summariesOf(List<String> documentIris) {
        return summaries("VALUES ?doc { " + Queries.iris(documentIris) + " }");
    }

    public Optional<DocumentSummary> document(String key) {
        // The key is a slug (letters, digits, hyphens), so the IRI is safe to write into the query.
        return summaries("VALUES ?doc { <" + iris.document(key) + "> }").stream().findFirst();
    }

    private List<DocumentSummary> summaries(String restriction) {
        return store.read(() -> Queries.select(store.dataset(), """
                SELECT ?doc ?key ?identifier ?title ?kindLabel ?issuer ?date ?jurisdiction ?file ?format ?sample
                       (COUNT(DISTINCT ?any) AS ?versions)
                WHERE {
                  %s
                  ?doc a rg:Document ; rg:identifierKey ?key ; dcterms:identifier ?identifier ; dcterms:title ?title ;
                       rg:kind ?kind ; rg:currentVersion ?current ; dcterms:hasVersion ?any .
                  FILTER (STRENDS(STR(?doc), CONCAT("/", ?key)))
                  BIND (REPLACE(STR(?kind), "^.*#kind-", "") AS ?kindLabel)
                  ?current rg:sourceFileName ?file ; dcterms:format ?format .
                  # The publisher is an agent named by its label; a store written before publishers were agents holds the name.
                  OPTIONAL { ?doc dcterms:publisher ?publisher OPTIONAL { ?publisher rdfs:label ?publisherName } }
                  BIND (COALESCE(?publisherName, ?publisher) AS ?issuer)
                  OPTIONAL { ?doc dcterms:date ?date }
                  OPTIONAL { ?doc rg:jurisdiction ?jurisdiction }
                  OPTIONAL { ?doc rg:sample ?sample }
                }
                GROUP BY ?doc ?key ?identifier ?title ?kindLabel ?issuer ?date ?jurisdiction ?file ?format ?sample
                ORDER BY ?title
                """.formatted(restriction), Map.of(), row -> new DocumentSummary(
                Queries.string(row, "doc"), Queries.string(row, "key"), Queries.string(row, "identifier"),
                Queries.string(row, "title"), Queries.string(row, "kindLabel"), Queries.string(row, "issuer"),
                Queries.string(row, "date"), Queries.string(row, "jurisdiction"), Queries.string(row, "file"),
                Queries.string(row, "format"), Queries.integer(row, "versions", 1), Queries.bool(row, "sample"))));
    }

    /** All document keys in the store, in a stable order. */
    public List<String> documentKeys() {
        return store.read(() -> Queries.select(store.dataset(), """
                SELECT DISTINCT ?doc WHERE { ?doc a rg:Document ; rg:currentVersion ?v } ORDER BY ?doc
                """, Map.of(), row -> iris.documentKeyOf(Queries.string(row, "doc"))));
    }

    /** Each document's current version: document IRI to version IRI. */
    public Map<String, String> currentVersions() {
        Map<String, String> versions = new java.util.HashMap<>();
        store.read(() -> Queries.select(store.dataset(), """
                SELECT ?doc ?version WHERE { GRAPH ?doc { ?doc a rg:Document ; rg:currentVersion ?version } }
                """, Map.of(), row -> versions.put(Queries.string(row, "doc"), Queries.string(row, "version"))));
        return versions;
    }

    public List<VersionInfo> versions(String key) {
        return store.read(() -> Queries.select(store.dataset(), """
                SELECT ?version ?sha ?file ?format ?ended ?previous ?current WHERE {
                  ?doc dcterms:hasVersion ?version .
                  ?version rg:sha256 ?sha ; rg:sourceFileName ?file ; dcterms:format ?format ;
                           prov:wasGeneratedBy ?activity .
                  OPTIONAL { ?activity prov:endedAtTime ?ended }
                  OPTIONAL { ?version prov:wasRevisionOf ?previous }
                  BIND (EXISTS { ?doc rg:currentVersion ?version } AS ?current)
                } ORDER BY ?ended
                """, bind("doc", iris.document(key)), row -> new VersionInfo(
                Queries.string(row, "version"), Queries.string(row, "sha"), Queries.string(row, "file"),
                Queries.string(row, "format"), Queries.string(row, "ended"), Queries.string(row, "previous"),
                Queries.bool(row, "current"))));
    }

    public List<ProvisionInfo> provisions(String key) {
        return store.read(() -> Queries.select(store.dataset(), """
                SELECT ?provision ?ordinal ?label ?heading ?start ?end ?subdivision WHERE {
                  ?doc rg:currentVersion ?version .
                  ?version rg:provision ?provision .
                  ?provision rg:ordinal ?ordinal ; rg:textSpan/oa:hasSelector ?position .
                  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                  OPTIONAL { ?provision rg:provisionLabel ?label }
                  OPTIONAL { ?provision dcterms:title ?heading }
                  OPTIONAL { ?provision rg:realizes ?subdivision }
                } ORDER BY ?ordinal
                """, bind("doc", iris.document(key)), row -> new ProvisionInfo(
                Queries.string(row, "provision"), Queries.integer(row, "ordinal", 0),
                orEmpty(Queries.string(row, "label")), orEmpty(Queries.string(row, "heading")),
                Queries.integer(row, "start", 0), Queries.integer(row, "end", 0), Queries.string(row, "subdivision"))));
    }

    /** The current version's source fields ({@code rg:sourceField}), name to value, in the source's order. */
    public Map<String, String> sourceFields(String key) {
        Map<String, String> fields = new LinkedHashMap<>();
        store.read(() -> Queries.select(store.dataset(), """
                SELECT ?name ?value WHERE {
                  ?doc rg:currentVersion/rg:sourceField ?field .
                  ?field rg:fieldName ?name ; rdf:value ?value .
                } ORDER BY STRLEN(STR(?field)) STR(?field)
                """, bind("doc", iris.document(key)),
                row -> fields.put(Queries.string(row, "name"), Queries.string(row, "value"))));
        return fields;
    }

    public Optional<String> currentText(String key) {
        return store.read(() -> Queries.select(store.dataset(), """
                SELECT ?text WHERE { ?doc rg:currentVersion/rg:plainText ?text }
                """, bind("doc", iris.document(key)), row -> Queries.string(row, "text")).stream().findFirst());
    }

    /**
     * What this document cites, amends, revokes or reports on, one reference per cited instrument (or code
     * section, which is an instrument of its own) by the strongest relation, as a search hit summarizes it;
     * a cited section of a stored code lands where the code prints it. The articles and sections cited by
     * number are told apart in {@link #citationsInText}.
     */
    public List<Reference> references(String key) {
        return store.read(() -> CitedParts.landed(store.dataset(), StrongestRelation.perKey(
                citedElsewhere(key).stream().map(CitedParts.Cited::whole).toList(),
                CitedParts.Cited::citedKey, cited -> cited.reference().relation())));
    }

    /**
     * What each provision cites in its own text, one reference per cited instrument or part by the strongest
     * relation, each landing where the cited document prints the part and with where the provision makes it.
     */
    public Map<String, List<Reference>> citationsMadeIn(Collection<String> provisions) {
        return provisions.isEmpty() ? Map.of()
                : store.read(() -> ProvisionCitations.madeIn(store.dataset(), iris, provisions));
    }

    /**
     * What a reader links in the document's text: its references, one per cited instrument or part of one
     * ("Article 9(1) of Regulation (EU) 2016/679") by the strongest relation, each landing where the cited
     * document prints the part, and its citations of its own parts; each with where the current text makes it.
     */
    public CitationsInText citationsInText(String key) {
        return store.read(() -> {
            Map<String, List<Reference.Span>> made = CitedParts.made(store.dataset(), iris.document(key));
            return new CitationsInText(CitedParts.landed(store.dataset(), placed(made, citedElsewhere(key))),
                    CitedParts.landed(store.dataset(), placed(made, citedWithin(key))).stream()
                            // a part the document does not have is none of its own ("Articles 101 and 102 TFEU")
                            .filter(reference -> reference.part() != null)
                            .toList());
        });
    }

    /** A document's references to others, and to parts of itself, as its reader links them. */
    public record CitationsInText(List<Reference> references, List<Reference> internalReferences) {
    }

    private List<CitedParts.Cited> citedElsewhere(String key) {
        return StrongestRelation.perKey(Queries.select(store.dataset(), """
                SELECT ?relation ?cited ?citedKey ?pinpoint ?target ?targetKey ?title ?surface WHERE {
                  { SELECT ?relation ?cited ?citedKey ?pinpoint (SAMPLE(?label) AS ?surface) WHERE {
                      ?doc rg:currentVersion/rg:provision/rg:citation ?citation .
                      ?citation rg:relation ?relation ; rg:citedDocument ?cited ; rg:citedKey ?citedKey ;
                                rdfs:label ?label .
                      OPTIONAL { ?citation rg:pinpoint ?pinpoint }
                      # its own articles, and a code's own sections, are no reference to another document
                      FILTER NOT EXISTS { { ?doc rg:holdsKey ?citedKey } UNION { ?doc rg:identifierKey ?citedKey } }
                    } GROUP BY ?relation ?cited ?citedKey ?pinpoint }
                  UNION
                  { # news linked to the act it reports by date and title, without a citation in its text
                    ?doc rg:reportsOn ?cited .
                    ?cited rg:identifierKey ?citedKey ; dcterms:title ?surface .
                    FILTER (STRENDS(STR(?cited), CONCAT("/", ?citedKey)))
                    BIND ("REPORTS_ON" AS ?relation) }
                  %s
                } ORDER BY ?citedKey ?pinpoint ?relation
                """.formatted(CitedParts.STORED_TARGET), bind("doc", iris.document(key)),
                row -> CitedParts.Cited.of(row, iris)),
                CitedParts.Cited::citedPart, cited -> cited.reference().relation());
    }

    /**
     * The parts of itself a document's text cites: an act's articles ("referred to in Article 5"), an order's
     * sections, a code's sections citing one another ("as set out in § 764.2"), each once by its strongest
     * relation. They are no references to another document, so {@link #references} leaves them out.
     */
    private List<CitedParts.Cited> citedWithin(String key) {
        return StrongestRelation.perKey(Queries.select(store.dataset(), """
                SELECT ?relation ?citedKey ?pinpoint (SAMPLE(?label) AS ?surface) ?target ?targetKey ?title WHERE {
                  ?doc rg:currentVersion/rg:provision/rg:citation ?citation .
                  ?citation rg:citedKey ?citedKey ; rg:relation ?relation ; rdfs:label ?label .
                  OPTIONAL { ?citation rg:pinpoint ?pinpoint }
                  # tested per citation: joined first, a code's hundreds of keys multiply its citations
                  FILTER EXISTS { { ?doc rg:holdsKey ?citedKey } UNION { ?doc rg:identifierKey ?citedKey } }
                  ?doc dcterms:title ?title ; rg:identifierKey ?targetKey .
                  FILTER (STRENDS(STR(?doc), CONCAT("/", ?targetKey)))
                  BIND (?doc AS ?target)
                } GROUP BY ?relation ?citedKey ?pinpoint ?target ?targetKey ?title ORDER BY ?citedKey ?pinpoint ?relation
                """, bind("doc", iris.document(key)), row -> CitedParts.Cited.of(row, iris)),
                CitedParts.Cited::citedPart, cited -> cited.reference().relation());
    }

    /** The cited, each with where the document's current text cites it. */
    private static List<CitedParts.Cited> placed(Map<String, List<Reference.Span>> made, List<CitedParts.Cited> cited) {
        return cited.stream().map(one -> one.at(made.get(one.citedPart()))).toList();
    }

    /**
     * Of the documents with these keys, those cited under one of their keys or a key of a part they hold: the
     * only ones {@link #partCitations} can find anything for. One index lookup per key, so a page of search hits
     * from a passage collection, whose passages nobody cites, skips a query per passage.
     */
    public Set<String> citedUnderTheirKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return store.read(() -> Set.copyOf(Queries.select(store.dataset(), """
                SELECT DISTINCT ?key WHERE {
                  VALUES ?doc { }
                  ?doc rg:identifierKey ?key .
                  FILTER (STRENDS(STR(?doc), CONCAT("/", ?key)))
                  FILTER EXISTS { { ?doc rg:holdsKey ?held } UNION { ?doc rg:identifierKey ?held }
                                  ?citation rg:citedKey ?held }
                }
                """, "doc", keys.stream().map(iris::document).toList(), Map.of(), row -> Queries.string(row, "key"))));
    }

    /**
     * Other documents' provisions citing the parts this document holds (a code's sections a rule amends),
     * each with the part where it lands and where the citing provision stands, in the parts' reading order,
     * amendments (and every relation stronger than a citation) first; a provision that cites a part several
     * times is listed once, by its strongest relation to it.
     */
    public List<PartCitation> partCitations(String key) {
        return store.read(() -> {
            String doc = iris.document(key);
            List<PartCiting> citing = Queries.select(store.dataset(), """
                    SELECT DISTINCT ?key ?pinpoint ?relation ?citingKey ?citingTitle ?provision ?citingLabel ?ordinal
                                    ?start ?end
                    WHERE {
                      { ?doc rg:holdsKey ?key . ?citation rg:citedKey ?key . }
                      UNION
                      { ?doc rg:identifierKey ?key . ?citation rg:citedKey ?key ; rg:pinpoint ?pinpoint .
                        FILTER (!STRSTARTS(STR(?citation), CONCAT(STR(?doc), "/"))) }
                      ?citation rg:relation ?relation .
                      ?provision rg:citation ?citation ; rg:ordinal ?ordinal ; rg:textSpan/oa:hasSelector ?position .
                      ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                      ?version rg:provision ?provision .
                      ?citing rg:currentVersion ?version ; dcterms:title ?citingTitle ; rg:identifierKey ?citingKey .
                      FILTER (?citing != ?doc && STRENDS(STR(?citing), CONCAT("/", ?citingKey)))
                      OPTIONAL { ?provision rg:provisionLabel ?citingLabel }
                    } ORDER BY (?relation = "CITES") ?citingKey ?start ?relation
                    """, bind("doc", doc), row -> new PartCiting(Queries.string(row, "key"),
                    Queries.string(row, "pinpoint"), Queries.string(row, "relation"), Queries.string(row, "citingKey"),
                    Queries.string(row, "citingTitle"), new NamingProvisions.Place(Queries.string(row, "provision"),
                            Queries.string(row, "citingLabel"), Queries.integer(row, "ordinal", 0),
                            Queries.integer(row, "start", 0), Queries.integer(row, "end", 0))));
            if (citing.isEmpty()) {
                return List.of();
            }
            Map<String, Reference.Part> held = CitedParts.heldBy(store.dataset(), doc);
            Map<String, Reference.Part> pinpointed = CitedParts.pinpointedIn(store.dataset(), doc,
                    citing.stream().map(PartCiting::pinpoint).filter(Objects::nonNull).distinct().toList());
            // In the parts' reading order; the sort is stable, so amendments stay ahead of citations.
            return PartCitation.onePerProvision(citing.stream()
                    .map(one -> one.landingOn(one.pinpoint() == null ? held.get(one.key()) : pinpointed.get(one.pinpoint())))
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparingInt(citation -> citation.part().start())).toList());
        });
    }

    /** Another document's citation of a part of this one, by the part's key or its pinpoint, before it lands. */
    private record PartCiting(String key, String pinpoint, String relation, String documentId, String documentTitle,
                              NamingProvisions.Place citing) {
        PartCitation landingOn(Reference.Part part) {
            return part == null ? null : new PartCitation(part, relation, documentId, documentTitle, citing);
        }
    }

    /**
     * Documents whose current version cites this one under any of its keys, or a part whose text it holds,
     * each once, by its strongest relation to it.
     */
    public List<Reference> referencedBy(String key) {
        return store.read(() -> StrongestRelation.perKey(Queries.select(store.dataset(), """
                SELECT ?relation ?citing ?citingKey ?title (SAMPLE(?label) AS ?surface) WHERE {
                  {
                    { ?doc rg:identifierKey ?key } UNION { ?doc rg:holdsKey ?key }
                    ?citation rg:citedKey ?key ; rg:relation ?relation ; rdfs:label ?label .
                    # its citations of its own parts (minted under its IRI) are no citing document; told
                    # apart before the joins, as an act's own citations are hundreds
                    FILTER (!STRSTARTS(STR(?citation), CONCAT(STR(?doc), "/")))
                    ?provision rg:citation ?citation .
                    ?version rg:provision ?provision .
                    ?citing rg:currentVersion ?version .
                  } UNION {
                    ?citing rg:reportsOn ?doc .
                    ?doc dcterms:title ?label .
                    BIND ("REPORTS_ON" AS ?relation)
                  }
                  ?citing rg:identifierKey ?citingKey ; dcterms:title ?title .
                  FILTER (?citing != ?doc && STRENDS(STR(?citing), CONCAT("/", ?citingKey)))
                } GROUP BY ?relation ?citing ?citingKey ?title ORDER BY ?citingKey ?relation
                """, bind("doc", iris.document(key)), row -> new Reference(
                Queries.string(row, "relation"), Queries.string(row, "citing"), Queries.string(row, "citingKey"),
                Queries.string(row, "title"), true, Queries.string(row, "surface"))),
                Reference::documentIri, Reference::relation));
    }

    static Map<String, RDFNode> bind(String variable, String iri) {
        return Map.of(variable, ResourceFactory.createResource(iri));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
