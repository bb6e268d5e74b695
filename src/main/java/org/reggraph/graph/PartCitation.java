package org.reggraph.graph;

/**
 * Another document's provision citing a part that this document holds as its own (a rule amending § 748.15 of
 * a code's compilation): the part where it lands here, how it is cited, and where the citing provision stands
 * in its own document's current text.
 */
public record PartCitation(Reference.Part part, String relation, String documentId, String documentTitle,
                           NamingProvisions.Place citing) {
}
