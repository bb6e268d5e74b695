package org.reggraph.graph;

import java.util.List;

/**
 * What a provision is connected to: the rules in it, what its document cites and what cites that document,
 * and provisions of other documents related to it, each with the reason it is related.
 */
public record ProvisionContext(List<RuleSummary> rules, List<Reference> cites, List<Reference> citedBy,
                               List<Related> related) {

    public ProvisionContext {
        rules = List.copyOf(rules);
        cites = List.copyOf(cites);
        citedBy = List.copyOf(citedBy);
        related = List.copyOf(related);
    }

    public record RuleSummary(String iri, String modality, String text, String bearer, String bearerEntity) {
    }

    /**
     * A provision of another document's current version and why it is related; {@code start} and {@code end}
     * are its code-point offsets into that version's text, so a link can open the document at it.
     */
    public record Related(String iri, String documentId, String documentTitle, String label, String reason,
                          int start, int end) {
    }
}
