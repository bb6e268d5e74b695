package org.reggraph.extract;

import java.util.List;

import org.reggraph.model.EntityType;

/**
 * An entity the catalog knows by name: its stable key (shared by every document that mentions it), what it
 * is, the label to show and the other names it goes by (acronyms, short forms, the office that speaks for
 * it). The graph publishes these as SKOS concepts; search uses the aliases as synonyms.
 */
public record KnownEntity(String key, EntityType type, String preferredLabel, List<String> aliases) {
    public KnownEntity {
        aliases = List.copyOf(aliases);
    }

    /** The preferred label followed by every alias. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(preferredLabel), aliases.stream()).toList();
    }
}
