package org.reggraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.reggraph.model.Modality;

/** Lists the rules of documents' current versions, optionally by modality and document, in reading order. */
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

    public Page rules(Modality modality, String documentKey, String provisionIri, int limit, int offset) {
        return rules(modality, documentKey, provisionIri, null, limit, offset);
    }

    private Page rules(Modality modality, String documentKey, String provisionIri, String entityIri, int limit,
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
        if (provisionIri != null) {
            bindings.put("provision", ResourceFactory.createResource(provisionIri));
        }
        String where = """
                WHERE {
                  ?doc a rg:Document ; rg:currentVersion ?version ; rg:identifierKey ?key ; dcterms:title ?title .
                  FILTER (STRENDS(STR(?doc), CONCAT("/", ?key)))
                  ?rule a rg:Rule ; prov:wasDerivedFrom ?version ; rg:modality ?modality ; rg:text ?text ;
                        rg:textSpan/oa:hasSelector ?position .
                  ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                  %s
                  OPTIONAL { ?rule rg:bearerText ?bearer }
                  %s
                  OPTIONAL { ?rule rg:action ?action }
                  OPTIONAL { ?rule rg:condition ?condition }
                  OPTIONAL { ?rule rg:deadline ?deadline }
                  OPTIONAL { ?rule rg:penalty ?penalty }
                  BIND (EXISTS { ?rule a rg:ReportedClaim } AS ?reported)
                }
                """.formatted(
                // A bound variable does not filter inside OPTIONAL: a filter on it must be a required pattern.
                provisionIri != null ? "?rule rg:inProvision ?provision ." : "OPTIONAL { ?rule rg:inProvision ?provision }",
                entityIri != null ? "?rule odrl:assignee ?bearerEntity ." : "OPTIONAL { ?rule odrl:assignee ?bearerEntity }");
        String odrl = "PREFIX odrl: <http://www.w3.org/ns/odrl/2/>\n";
        return store.read(() -> {
            int total = Queries.select(store.dataset(), odrl + "SELECT (COUNT(DISTINCT ?rule) AS ?n) " + where,
                    bindings, row -> Queries.integer(row, "n", 0)).get(0);
            List<RuleInfo> rules = Queries.select(store.dataset(), odrl + """
                    SELECT ?rule ?modality ?text ?start ?end ?bearer ?bearerEntity ?action ?condition ?deadline
                           ?penalty ?reported ?provision ?doc ?key ?title
                    """ + where + " ORDER BY ?key ?start LIMIT " + limit + " OFFSET " + offset, bindings,
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
