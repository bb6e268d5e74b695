package org.reggraph.model;

import java.util.List;

/**
 * A mention of a named thing. {@code key} is the entity's stable, canonical slug ("bis"), shared by every
 * document that mentions it, so the graph can link mentions across documents.
 */
public record EntityMention(String key, EntityType type, String preferredLabel, List<String> aliases, Span span) {
    public EntityMention {
        aliases = List.copyOf(aliases);
    }
}
