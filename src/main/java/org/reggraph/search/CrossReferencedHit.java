package org.reggraph.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.reggraph.graph.PartCitation;
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
     * What the hit cites in its own text and who cites the part it is (or a part holding it: an amendment of
     * § 744.23 on a hit from § 744.23(b)), then what the hit's document cites and what cites it, and the
     * provisions of other documents related to the hit; each list is cut to its first {@code shown}, with its
     * total. A document of the Federal Register may cite seven hundred instruments; repeating them all on each
     * of its hits made answers of a megabyte, so a hit carries the first few (documents in the store first) and
     * the document's own route has them all.
     */
    public record CrossReferences(List<Reference> provisionCites, int provisionCitesTotal,
                                  List<PartCitation> provisionCitedBy, int provisionCitedByTotal,
                                  List<Reference> cites, int citesTotal, List<Reference> citedBy,
                                  int citedByTotal, List<ProvisionContext.Related> related) {
    }

    static CrossReferencedHit of(SearchHit hit, ProvisionContext context, int shown) {
        return new CrossReferencedHit(hit, context.rules(), new CrossReferences(
                first(context.provisionCites(), shown), context.provisionCites().size(),
                first(context.provisionCitedBy(), shown), context.provisionCitedBy().size(),
                first(context.cites(), shown), context.cites().size(),
                first(context.citedBy(), shown), context.citedBy().size(), context.related()));
    }

    private static <T> List<T> first(List<T> items, int shown) {
        return items.size() <= shown ? items : items.subList(0, shown);
    }
}
