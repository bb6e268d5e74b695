package org.reggraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reggraph.model.EntityMention;
import org.reggraph.model.Provision;

/**
 * Which entities each provision names: every mention, not only an entity's first in its version, placed in
 * the provision its first character falls in. A version can hold thousands of provisions and tens of
 * thousands of mentions, so each mention finds its provision by binary search over their starts.
 */
final class NamedEntities {
    private NamedEntities() {
    }

    /** The keys of the entities each provision names, in order of first mention, by provision. */
    static Map<Provision, Set<String>> byProvision(List<Provision> provisions, List<EntityMention> mentions) {
        List<Provision> byStart = new ArrayList<>(provisions);
        byStart.sort(Comparator.comparingInt(provision -> provision.span().start()));
        int[] starts = byStart.stream().mapToInt(provision -> provision.span().start()).toArray();
        Map<Provision, Set<String>> named = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            int at = mention.span().start();
            int index = lastStartingAtOrBefore(starts, at);
            if (index >= 0 && at < byStart.get(index).span().end()) {
                named.computeIfAbsent(byStart.get(index), key -> new LinkedHashSet<>()).add(mention.key());
            }
        }
        return named;
    }

    private static int lastStartingAtOrBefore(int[] starts, int at) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] <= at) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
