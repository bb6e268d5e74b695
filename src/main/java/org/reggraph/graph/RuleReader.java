package org.reggraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.reggraph.model.Modality;

/**
 * Lists the rules of documents' current versions, optionally by modality, document and whether the document
 * only reports them ({@code rg:ReportedClaim}), in reading order.
 */
public final class RuleReader {
    private final GraphStore store;
    private final Iris iris;

    public RuleReader(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public record Page(int total, List<RuleInfo> rules) {
    }

    /** Rules of current versions whose bearer is the entity. */
    public List<RuleInfo> rulesBinding(String entityIri, int limit) {
        return rules(null, null, null, entityIri, limit, 0).rules();
    }

    /** {@code reported}: true for the rules their documents only report, false for those they impose, null for all. */
    public Page rules(Modality modality, String documentKey, Boolean reported, int limit, int offset) {
        return rules(modality, documentKey, reported, null, limit, offset);
    }

    private Page rules(Modality modality, String documentKey, Boolean reported, String entityIri, int limit,
                       int offset) {
        Map<String, RDFNode> bindings = new HashMap<>();
        if (entityIri != null) {
            bindings.put("bearerEntity", ResourceFactory.createResource(entityIri));
        }
        if (modality != null) {
            bindings.put("modality", ResourceFactory.createResource(Vocab.NS + modality.label()));
        }
        if (documentKey != null) {
            bindings.put("doc", ResourceFactory.createResource(iris.document(documentKey)));
        }
        // A bound variable does not filter inside OPTIONAL: a filter on it must be a required pattern.
        String bearerPattern = entityIri != null ? "?rule odrl:assignee ?bearerEntity ." : "";
        String reportedPattern = reported == null ? ""
                : reported ? "?rule a rg:ReportedClaim ." : "FILTER NOT EXISTS { ?rule a rg:ReportedClaim }";
        // What decides whether a rule is listed and where: counting and paging read only this, and only the
        // page's rules are described, since a passage collection holds tens of thousands of rules.
        String listed = """
                  ?doc a rg:Document ; rg:currentVersion ?version ; rg:identifierKey ?key .
                  FILTER (STRENDS(STR(?doc), CONCAT("/", ?key)))
                  ?rule a rg:Rule ; prov:wasDerivedFrom ?version ; rg:modality ?modality ;
                        rg:textSpan/oa:hasSelector ?position .
                  ?position a oa:TextPositionSelector ; oa:start ?start .
                  %s
                  %s
                """.formatted(bearerPattern, reportedPattern);
        // The page's rules described, starting from each rule: joined to the listing pattern instead, the
        // query walked every rule of the store again.
        String details = """
                  ?rule rg:modality ?modality ; rg:text ?text ; prov:wasDerivedFrom ?version ;
                        rg:textSpan/oa:hasSelector ?position .
                  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                  ?doc rg:currentVersion ?version ; rg:identifierKey ?key ; dcterms:title ?title .
                  FILTER (STRENDS(STR(?doc), CONCAT("/", ?key)))
                  OPTIONAL { ?rule rg:bearerText ?bearer }
                  OPTIONAL { ?rule rg:inProvision ?provision }
                  %s
                  OPTIONAL { ?rule rg:action ?action }
                  OPTIONAL { ?rule rg:condition ?condition }
                  OPTIONAL { ?rule rg:deadline ?deadline }
                  OPTIONAL { ?rule rg:penalty ?penalty }
                  BIND (EXISTS { ?rule a rg:ReportedClaim } AS ?reported)
                """.formatted(entityIri != null ? "" : "OPTIONAL { ?rule odrl:assignee ?bearerEntity }");
        String odrl = "PREFIX odrl: <http://www.w3.org/ns/odrl/2/>\n";
        return store.read(() -> {
            int total = Queries.select(store.dataset(),
                    odrl + "SELECT (COUNT(DISTINCT ?rule) AS ?n) WHERE {" + listed + "}",
                    bindings, row -> Queries.integer(row, "n", 0)).get(0);
            List<String> page = Queries.select(store.dataset(),
                    odrl + "SELECT DISTINCT ?rule ?key ?start WHERE {" + listed + "} ORDER BY ?key ?start ?rule"
                            + " LIMIT " + limit + " OFFSET " + offset,
                    bindings, row -> Queries.string(row, "rule"));
            if (page.isEmpty()) {
                return new Page(total, List.of());
            }
            String values = "VALUES ?rule { " + Queries.iris(page) + " }\n";
            List<RuleInfo> rules = Queries.select(store.dataset(), odrl + """
                    SELECT ?rule ?modality ?text ?start ?end ?bearer ?bearerEntity ?action ?condition ?deadline
                           ?penalty ?reported ?provision ?doc ?key ?title
                    """ + "WHERE { " + values + bearerPattern + details + "} ORDER BY ?key ?start ?rule",
                    bindings,
                    row -> new RuleInfo(Queries.string(row, "rule"),
                            Queries.string(row, "modality").substring(Vocab.NS.length()),
                            Queries.string(row, "text"), Queries.integer(row, "start", 0),
                            Queries.integer(row, "end", 0), Queries.string(row, "bearer"),
                            Queries.string(row, "bearerEntity"), Queries.string(row, "action"),
                            Queries.string(row, "condition"), Queries.string(row, "deadline"),
                            Queries.string(row, "penalty"), Queries.bool(row, "reported"),
                            Queries.string(row, "provision"), Queries.string(row, "doc"),
                            Queries.string(row, "key"), Queries.string(row, "title")));
            return new Page(total, rules);
        });
    }
}
