package org.reggraph.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.reggraph.graph.ProvisionContext;
import org.reggraph.graph.Reference;

/**
 * A search hit as the API shows it: the hit's own fields, then its rules and its cross-references. The
 * Jackson annotation flattens the hit into the same JSON object, the shape the API has always had.
 */
public record CrossReferencedHit(
        @JsonUnwrapped SearchHit hit,
        List<ProvisionContext.RuleSummary> rules,
        CrossReferences crossReferences) {

    /**
     * What the hit's document cites and what cites it, the first {@code shown} of each with the totals, and
     * the provisions of other documents related to the hit. A document of the Federal Register may cite seven
     * hundred instruments; repeating them all on each of its hits made answers of a megabyte, so a hit
     * carries the first few (documents in the store first) and the document's own route has them all.
     */
    public record CrossReferences(List<Reference> cites, int citesTotal, List<Reference> citedBy,
                                  int citedByTotal, List<ProvisionContext.Related> related) {
    }

    static CrossReferencedHit of(SearchHit hit, ProvisionContext context, int shown) {
        ProvisionContext known = context != null ? context
                : new ProvisionContext(List.of(), List.of(), List.of(), List.of());
        return new CrossReferencedHit(hit, known.rules(), new CrossReferences(
                first(known.cites(), shown), known.cites().size(),
                first(known.citedBy(), shown), known.citedBy().size(), known.related()));
    }

    private static List<Reference> first(List<Reference> references, int shown) {
        return references.size() <= shown ? references : references.subList(0, shown);
    }
}
