package org.reggraph.model;

import java.util.List;

/** Everything the extractors found in one plain text. */
public record Findings(List<Rule> rules, List<EntityMention> entities, List<Citation> citations) {
    public static final Findings NONE = new Findings(List.of(), List.of(), List.of());

    public Findings {
        rules = List.copyOf(rules);
        entities = List.copyOf(entities);
        citations = List.copyOf(citations);
    }
}
