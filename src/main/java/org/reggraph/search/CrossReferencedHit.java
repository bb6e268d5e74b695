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

    public record CrossReferences(List<Reference> cites, List<Reference> citedBy,
                                  List<ProvisionContext.Related> related) {
    }

    static CrossReferencedHit of(SearchHit hit, ProvisionContext context) {
        ProvisionContext known = context != null ? context
                : new ProvisionContext(List.of(), List.of(), List.of(), List.of());
        return new CrossReferencedHit(hit, known.rules(),
                new CrossReferences(known.cites(), known.citedBy(), known.related()));
    }
}
