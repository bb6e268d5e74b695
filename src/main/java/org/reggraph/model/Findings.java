package org.reggraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the extractors found in one plain text.
 *
 * @param preamble the span of an act's preamble, which explains and binds no one, when one was found
 */
public record Findings(List<Rule> rules, List<EntityMention> entities, List<Citation> citations, Optional<Span> preamble) {
    public static final Findings NONE = new Findings(List.of(), List.of(), List.of());

    public Findings {
        rules = List.copyOf(rules);
        entities = List.copyOf(entities);
        citations = List.copyOf(citations);
        Objects.requireNonNull(preamble, "preamble");
    }

    /** Findings in a text without a preamble. */
    public Findings(List<Rule> rules, List<EntityMention> entities, List<Citation> citations) {
        this(rules, entities, citations, Optional.empty());
    }

    /** Whether {@code provision} starts in the preamble. */
    public boolean inPreamble(Span provision) {
        return preamble.map(span -> provision.start() < span.end()).orElse(false);
    }
}
