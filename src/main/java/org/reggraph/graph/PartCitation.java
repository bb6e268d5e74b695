package org.reggraph.graph;

import java.util.List;

/**
 * Another document's provision citing a part that this document holds as its own (a rule amending § 748.15 of
 * a code's compilation): the part where it lands here, how it is cited, and where the citing provision stands
 * in its own document's current text.
 */
public record PartCitation(Reference.Part part, String relation, String documentId, String documentTitle,
                           NamingProvisions.Place citing) {

    /**
     * One entry per part and citing provision, in the order given: a provision that both amends and cites a
     * section ("Section 748.15 is amended ... § 748.15(a) reads") says more by amending it.
     */
    static List<PartCitation> onePerProvision(List<PartCitation> citations) {
        return StrongestRelation.perKey(citations, citation -> citation.part().label() + ' ' + citation.citing().iri(),
                PartCitation::relation);
    }
}
