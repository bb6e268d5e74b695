package org.reggraph.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/**
 * Walks the graph outwards from one node, breadth first, up to a depth and a node budget, and returns what
 * it met as nodes and edges. Documents lead to the documents they cite or are cited by and to the entities
 * they mention; entities to the documents that mention them and the rules that bind them; rules to their
 * document and bearer. Any other node (a provision, a version) shows its IRI-valued neighbours.
 * It is somewhat over 200 lines because each node type's walk is one SPARQL query kept next to the others,
 * so the shape of the picture can be read in one place.
 */
public final class NeighbourhoodReader {
    public static final int MAX_DEPTH = 3;
    /** Enough for a readable picture; beyond it the drawing is a hairball and the walk stops. */
    public static final int MAX_NODES = 120;
    /** Literals longer than this are cut for display; the full text stays in the graph and the document reader. */
    static final int MAX_LITERAL_CHARS = 400;
    private static final String ODRL = "PREFIX odrl: <" + Std.ODRL + ">\n";

    private final GraphStore store;
    private final Iris iris;

    public NeighbourhoodReader(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** The neighbourhood of {@code iri}, or empty when the graph says nothing about it. */
    public Optional<Neighbourhood> around(String iri, int depth) {
        return store.read(() -> {
            List<Neighbourhood.Property> properties = properties(iri);
            List<Neighbourhood.Property> incoming = incoming(iri);
            if (properties.isEmpty() && incoming.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Neighbourhood.Node> nodes = new LinkedHashMap<>();
            Set<Neighbourhood.Edge> edges = new LinkedHashSet<>();
            Neighbourhood.Node center = describe(iri);
            nodes.put(iri, center);
            Deque<Neighbourhood.Node> frontier = new ArrayDeque<>(List.of(center));
            boolean truncated = false;
            for (int level = 0; level < depth && !frontier.isEmpty() && !truncated; level++) {
                Deque<Neighbourhood.Node> next = new ArrayDeque<>();
                for (Neighbourhood.Node node : frontier) {
                    for (Step step : steps(node)) {
                        if (!nodes.containsKey(step.node().iri())) {
                            if (nodes.size() >= MAX_NODES) {
                                truncated = true;
                                continue;
                            }
                            nodes.put(step.node().iri(), step.node());
                            next.add(step.node());
                        }
                        edges.add(step.outgoing()
                                ? new Neighbourhood.Edge(node.iri(), step.node().iri(), step.relation())
                                : new Neighbourhood.Edge(step.node().iri(), node.iri(), step.relation()));
                    }
                }
                frontier = next;
            }
            return Optional.of(new Neighbourhood(center, properties, incoming, List.copyOf(nodes.values()),
                    List.copyOf(edges), truncated));
        });
    }

    /** One edge from a node to a neighbour; {@code outgoing} says which way it points. */
    private record Step(Neighbourhood.Node node, String relation, boolean outgoing) {
    }

    private List<Step> steps(Neighbourhood.Node node) {
        return switch (node.type()) {
            case "document" -> documentSteps(node);
            case "entity" -> entitySteps(node);
            case "rule" -> ruleSteps(node);
            case "external" -> List.of();
            default -> genericSteps(node);
        };
    }

    private List<Step> documentSteps(Neighbourhood.Node document) {
        List<Step> steps = new ArrayList<>();
        steps.addAll(Queries.select(store.dataset(), """
                SELECT ?relation ?citedKey (SAMPLE(?target) AS ?stored) WHERE {
                  ?doc rg:currentVersion/rg:provision/rg:citation ?citation .
                  ?citation rg:relation ?relation ; rg:citedKey ?citedKey .
                  FILTER NOT EXISTS { { ?doc rg:holdsKey ?citedKey } UNION { ?doc rg:identifierKey ?citedKey } }
                  OPTIONAL { { ?target rg:identifierKey ?citedKey } UNION { ?target rg:holdsKey ?citedKey }
                             ?target a rg:Document }
                } GROUP BY ?relation ?citedKey
                """, GraphReader.bind("doc", document.iri()), row -> {
                    String stored = Queries.string(row, "stored");
                    String citedKey = Queries.string(row, "citedKey");
                    Neighbourhood.Node cited = stored != null ? describe(stored)
                            : new Neighbourhood.Node(iris.document(citedKey), "external", citedKey,
                                    "cited, not in the store", citedKey, null);
                    return new Step(cited, relationName(Queries.string(row, "relation")), true);
                }));
        steps.addAll(Queries.select(store.dataset(), """
                SELECT DISTINCT ?relation ?citing WHERE {
                  { ?doc rg:identifierKey ?key } UNION { ?doc rg:holdsKey ?key }
                  ?citation rg:citedKey ?key ; rg:relation ?relation .
                  FILTER (!STRSTARTS(STR(?citation), CONCAT(STR(?doc), "/")))
                  ?citing rg:currentVersion/rg:provision/rg:citation ?citation .
                  FILTER (?citing != ?doc)
                }
                """, GraphReader.bind("doc", document.iri()), row -> new Step(
                describe(Queries.string(row, "citing")), relationName(Queries.string(row, "relation")), false)));
        steps.addAll(Queries.select(store.dataset(), """
                SELECT DISTINCT ?entity WHERE { ?doc rg:mentions ?entity }
                """, GraphReader.bind("doc", document.iri()),
                row -> new Step(describe(Queries.string(row, "entity")), "mentions", true)));
        return steps;
    }

    private List<Step> entitySteps(Neighbourhood.Node entity) {
        List<Step> steps = new ArrayList<>(Queries.select(store.dataset(), """
                SELECT DISTINCT ?doc WHERE { ?doc a rg:Document ; rg:mentions ?entity }
                """, GraphReader.bind("entity", entity.iri()),
                row -> new Step(describe(Queries.string(row, "doc")), "mentions", false)));
        steps.addAll(Queries.select(store.dataset(), ODRL + """
                SELECT DISTINCT ?rule WHERE {
                  ?rule odrl:assignee ?entity ; prov:wasDerivedFrom ?version .
                  ?doc rg:currentVersion ?version .
                }
                """, GraphReader.bind("entity", entity.iri()),
                row -> new Step(describe(Queries.string(row, "rule")), "binds", false)));
        return steps;
    }

    private List<Step> ruleSteps(Neighbourhood.Node rule) {
        List<Step> steps = new ArrayList<>(Queries.select(store.dataset(), """
                SELECT DISTINCT ?doc WHERE { ?rule prov:wasDerivedFrom/dcterms:isVersionOf ?doc }
                """, GraphReader.bind("rule", rule.iri()),
                row -> new Step(describe(Queries.string(row, "doc")), "in", true)));
        steps.addAll(Queries.select(store.dataset(), ODRL + """
                SELECT DISTINCT ?entity WHERE { ?rule odrl:assignee ?entity }
                """, GraphReader.bind("rule", rule.iri()),
                row -> new Step(describe(Queries.string(row, "entity")), "binds", true)));
        return steps;
    }

    private List<Step> genericSteps(Neighbourhood.Node node) {
        List<Step> steps = new ArrayList<>();
        for (Neighbourhood.Property property : properties(node.iri())) {
            if (property.iri() && !property.predicate().endsWith("#type")) {
                steps.add(new Step(describe(property.value()), localName(property.predicate()), true));
            }
        }
        for (Neighbourhood.Property property : incoming(node.iri())) {
            steps.add(new Step(describe(property.value()), localName(property.predicate()), false));
        }
        return steps;
    }

    /** What a node is and how to label it, from the first of its descriptions the graph holds. */
    Neighbourhood.Node describe(String iri) {
        List<Neighbourhood.Node> found = Queries.select(store.dataset(), """
                SELECT ?type ?label ?title ?id ?detail WHERE {
                  { ?node a rg:Document ; dcterms:identifier ?label ; dcterms:title ?title ; rg:identifierKey ?id ;
                          rg:kind ?kind .
                    FILTER (STRENDS(STR(?node), CONCAT("/", ?id)))
                    BIND ("document" AS ?type) BIND (REPLACE(STR(?kind), "^.*#kind-", "") AS ?detail) }
                  UNION
                  { ?node a rg:Entity ; skos:prefLabel ?label . OPTIONAL { ?node rg:entityType ?detail }
                    BIND ("entity" AS ?type) BIND (?label AS ?title) }
                  UNION
                  { ?node a rg:Rule ; rg:text ?title ; rg:modality ?modality .
                    BIND ("rule" AS ?type) BIND (REPLACE(STR(?modality), "^.*#", "") AS ?detail)
                    BIND (?detail AS ?label) }
                  UNION
                  { ?node a rg:Subdivision ; rdfs:label ?label .
                    BIND ("node" AS ?type) BIND (?label AS ?title) BIND ("subdivision" AS ?detail) }
                  UNION
                  { ?node a dcterms:Agent ; rdfs:label ?label .
                    BIND ("node" AS ?type) BIND (?label AS ?title) BIND ("publisher" AS ?detail) }
                } LIMIT 1
                """, GraphReader.bind("node", iri), row -> new Neighbourhood.Node(iri, Queries.string(row, "type"),
                Queries.string(row, "label"), Queries.string(row, "title"), id(iri, Queries.string(row, "type"),
                Queries.string(row, "id")), Queries.string(row, "detail")));
        if (!found.isEmpty()) {
            return found.get(0);
        }
        return new Neighbourhood.Node(iri, "node", localName(iri), iri, null, null);
    }

    private String id(String iri, String type, String documentKey) {
        if ("entity".equals(type)) {
            String prefix = iris.base() + "entity/";
            return iri.startsWith(prefix) ? iri.substring(prefix.length()) : null;
        }
        return documentKey;
    }

    private List<Neighbourhood.Property> properties(String iri) {
        return Queries.select(store.dataset(), """
                SELECT DISTINCT ?p ?o WHERE { ?node ?p ?o } ORDER BY ?p ?o LIMIT 300
                """, GraphReader.bind("node", iri), row -> property(row, "o"));
    }

    private List<Neighbourhood.Property> incoming(String iri) {
        return Queries.select(store.dataset(), """
                SELECT DISTINCT ?p ?s WHERE { ?s ?p ?node } ORDER BY ?p ?s LIMIT 100
                """, GraphReader.bind("node", iri), row -> property(row, "s"));
    }

    private static Neighbourhood.Property property(QuerySolution row, String valueVariable) {
        var value = row.get(valueVariable);
        String text = Queries.string(row, valueVariable);
        if (value.isLiteral() && text.length() > MAX_LITERAL_CHARS) {
            int cut = Character.isHighSurrogate(text.charAt(MAX_LITERAL_CHARS - 1)) ? MAX_LITERAL_CHARS - 1
                    : MAX_LITERAL_CHARS;
            text = text.substring(0, cut) + "…";
        }
        return new Neighbourhood.Property(Queries.string(row, "p"), text, value.isURIResource());
    }

    /** {@code REPORTS_ON} -> {@code reports on}: relations as the drawing labels them. */
    private static String relationName(String relation) {
        return relation.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
