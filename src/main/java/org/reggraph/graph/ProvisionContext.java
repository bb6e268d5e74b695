package org.reggraph.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * What a provision is connected to: the rules in it, what it cites in its own text and who cites the part it
 * is (or a part holding it), what its document cites and what cites that document, and provisions of other
 * documents related to it, each with the reason it is related.
 */
public record ProvisionContext(List<RuleSummary> rules, List<Reference> provisionCites,
                               List<PartCitation> provisionCitedBy, List<Reference> cites, List<Reference> citedBy,
                               List<Related> related) {

    public ProvisionContext {
        rules = List.copyOf(rules);
        provisionCites = List.copyOf(provisionCites);
        provisionCitedBy = List.copyOf(provisionCitedBy);
        cites = List.copyOf(cites);
        citedBy = List.copyOf(citedBy);
        related = List.copyOf(related);
    }

    /** A provision the graph says nothing about. */
    public static ProvisionContext none() {
        return new ProvisionContext(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The same context with {@code more} related provisions after those it has. */
    public ProvisionContext withRelated(List<Related> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Related> all = new ArrayList<>(related);
        all.addAll(more);
        return new ProvisionContext(rules, provisionCites, provisionCitedBy, cites, citedBy, all);
    }

    /** A rule of the provision; {@code reported} when its document only reports it (news, an act's preamble). */
    public record RuleSummary(String iri, String modality, String text, String bearer, String bearerEntity,
                              boolean reported) {
    }

    /**
     * A provision of another document's current version and why it is related; {@code start} and {@code end}
     * are its code-point offsets into that version's text, so a link can open the document at it.
     */
    public record Related(String iri, String documentId, String documentTitle, String label, String reason,
                          int start, int end) {
    }
}
