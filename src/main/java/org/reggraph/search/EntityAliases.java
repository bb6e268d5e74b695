package org.reggraph.search;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.reggraph.graph.EntityReader;

/**
 * The entity names that search uses: an {@link AliasExpander} over the names of the entities in the graph
 * (SKOS preferred and alternative labels), rebuilt when the graph has changed since it was made. Only a
 * preferred label and the acronyms among its aliases are treated as synonyms: an office holder's title is an
 * alias of the department for linking, not a synonym for searching.
 */
public final class EntityAliases implements Supplier<AliasExpander> {
    private final EntityReader entities;
    private AliasExpander expander = new AliasExpander(List.of());
    private long builtAt = -1;

    public EntityAliases(EntityReader entities) {
        this.entities = entities;
    }

    @Override
    public synchronized AliasExpander get() {
        long generation = entities.generation();
        if (generation != builtAt) {
            List<AliasExpander.Group> groups = entities.names().stream()
                    .map(names -> new AliasExpander.Group(synonyms(names)))
                    .filter(group -> group.names().size() > 1)
                    .toList();
            expander = new AliasExpander(groups);
            builtAt = generation;
        }
        return expander;
    }

    private static List<String> synonyms(List<String> names) {
        String preferred = names.get(0);
        return Stream.concat(Stream.of(preferred),
                names.stream().skip(1).filter(AliasExpander::isAcronym)).distinct().toList();
    }
}
