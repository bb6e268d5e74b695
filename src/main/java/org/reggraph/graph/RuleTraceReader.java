package org.reggraph.graph;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;

/** Reads one rule's provenance trace out of the graph, in one read transaction. */
public final class RuleTraceReader {
    private static final String ODRL_AND_SKOS = "PREFIX odrl: <" + Std.ODRL + ">\n";

    private final GraphStore store;
    private final Iris iris;

    public RuleTraceReader(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** The trace of the rule {@code ruleIri}, or empty when no rule has that IRI. */
    public Optional<RuleTrace> trace(String ruleIri) {
        return store.read(() -> {
            List<RuleTrace> found = Queries.select(store.dataset(), ODRL_AND_SKOS + """
                    SELECT * WHERE {
                      ?rule a rg:Rule ; rg:modality ?modality ; rg:text ?text ; prov:wasDerivedFrom ?version ;
                            rg:textSpan ?target .
                      ?target oa:hasSelector ?position , ?quote .
                      ?position a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                      ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
                      OPTIONAL { ?quote oa:prefix ?prefix }
                      OPTIONAL { ?quote oa:suffix ?suffix }
                      ?version rg:sha256 ?sha ; rg:sourceFileName ?file ; dcterms:format ?format ;
                               dcterms:isVersionOf ?doc .
                      OPTIONAL { ?version dcterms:issued ?issued }
                      ?doc rg:identifierKey ?key ; dcterms:title ?title ; rg:kind ?kind .
                      FILTER (STRENDS(STR(?doc), CONCAT("/", ?key)))
                      BIND (EXISTS { ?doc rg:currentVersion ?version } AS ?current)
                      OPTIONAL {
                        ?rule prov:wasGeneratedBy ?activity .
                        OPTIONAL { ?activity prov:startedAtTime ?started }
                        OPTIONAL { ?activity prov:endedAtTime ?ended }
                        OPTIONAL { ?activity rg:softwareVersion ?software }
                        OPTIONAL { ?activity rg:sha256 ?activitySha }
                        OPTIONAL { ?activity prov:wasAssociatedWith ?agent }
                      }
                      OPTIONAL { ?rule rg:bearerText ?bearer }
                      OPTIONAL { ?rule odrl:assignee ?bearerEntity .
                                 OPTIONAL { ?bearerEntity skos:prefLabel ?bearerLabel } }
                      OPTIONAL { ?rule rg:action ?action }
                      OPTIONAL { ?rule rg:object ?object }
                      OPTIONAL { ?rule rg:condition ?condition }
                      OPTIONAL { ?rule rg:exception ?exception }
                      OPTIONAL { ?rule rg:deadline ?deadline }
                      OPTIONAL { ?rule rg:penalty ?penalty }
                      OPTIONAL { ?rule rg:inProvision ?provision .
                                 OPTIONAL { ?provision rg:provisionLabel ?provisionLabel }
                                 OPTIONAL { ?provision dcterms:title ?provisionHeading } }
                      BIND (EXISTS { ?rule a rg:ReportedClaim } AS ?reported)
                    } LIMIT 1
                    """, GraphReader.bind("rule", ruleIri), row -> trace(ruleIri, row));
            return found.stream().findFirst();
        });
    }

    /** {@code ruleIri} is bound into the query, so it is not among the row's variables. */
    private RuleTrace trace(String ruleIri, QuerySolution row) {
        String provision = Queries.string(row, "provision");
        return new RuleTrace(
                ruleIri,
                Queries.string(row, "modality").substring(Vocab.NS.length()),
                Queries.string(row, "text"),
                Queries.bool(row, "reported"),
                new RuleTrace.Parts(Queries.string(row, "bearer"), Queries.string(row, "bearerEntity"),
                        Queries.string(row, "bearerLabel"), Queries.string(row, "action"),
                        Queries.string(row, "object"), Queries.string(row, "condition"),
                        Queries.string(row, "exception"), Queries.string(row, "deadline"),
                        Queries.string(row, "penalty")),
                new RuleTrace.SourceSpan(Queries.string(row, "exact"), orEmpty(Queries.string(row, "prefix")),
                        orEmpty(Queries.string(row, "suffix")), Queries.integer(row, "start", 0),
                        Queries.integer(row, "end", 0)),
                provision == null ? null : new RuleTrace.ProvisionRef(provision,
                        orEmpty(Queries.string(row, "provisionLabel")),
                        orEmpty(Queries.string(row, "provisionHeading"))),
                new RuleTrace.VersionRef(Queries.string(row, "version"), Queries.string(row, "sha"),
                        Queries.string(row, "file"), Queries.string(row, "format"), Queries.string(row, "issued"),
                        Queries.bool(row, "current")),
                new RuleTrace.DocumentRef(Queries.string(row, "doc"), Queries.string(row, "key"),
                        Queries.string(row, "title"), Queries.string(row, "kind").replaceFirst("^.*#kind-", "")),
                new RuleTrace.Activity(Queries.string(row, "activity"), Queries.string(row, "started"),
                        Queries.string(row, "ended"), Queries.string(row, "software"),
                        Queries.string(row, "activitySha"), Queries.string(row, "agent")),
                provision == null ? List.of() : citations(provision));
    }

    /**
     * The cross-references written in the rule's provision, as a search hit lists them: what the rule's text
     * leans on or amends, each cited instrument or part once by its strongest relation, a cited part of a stored
     * document landing where it begins (a code's section, an act's article, another article of the rule's own
     * act), with where the provision cites it.
     */
    private List<Reference> citations(String provisionIri) {
        return ProvisionCitations.madeIn(store.dataset(), iris, List.of(provisionIri))
                .getOrDefault(provisionIri, List.of());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
