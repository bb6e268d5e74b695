package org.reggraph.api;

import java.util.List;
import org.reggraph.graph.ProvisionContext;
import org.reggraph.graph.Reference;
import org.reggraph.search.SearchHit;

/** A search hit as the API shows it: the hit itself, its rules, and its cross-references. */
record CrossReferencedHit(
        String iri,
        double score,
        String label,
        String heading,
        String text,
        String snippet,
        int start,
        int end,
        List<SearchHit.Offsets> matches,
        SearchHit.HitDocument document,
        List<ProvisionContext.RuleSummary> rules,
        CrossReferences crossReferences) {

    record CrossReferences(List<Reference> cites, List<Reference> citedBy, List<ProvisionContext.Related> related) {
    }

    static CrossReferencedHit of(SearchHit hit, ProvisionContext context) {
        ProvisionContext known = context != null ? context
                : new ProvisionContext(List.of(), List.of(), List.of(), List.of());
        return new CrossReferencedHit(hit.iri(), hit.score(), hit.label(), hit.heading(), hit.text(), hit.snippet(),
                hit.start(), hit.end(), hit.matches(), hit.document(), known.rules(),
                new CrossReferences(known.cites(), known.citedBy(), known.related()));
    }
}
