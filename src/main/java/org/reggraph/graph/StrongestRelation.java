package org.reggraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One relation per pair of things related, as the API lists them: a document that amends a section and also
 * cites it (an amendatory instruction, then the amended text quoting its own number) amends it, and a fact
 * sheet that cites an order and reports on it reports on it. Any relation says more than a plain citation.
 */
final class StrongestRelation {
    private StrongestRelation() {
    }

    /** The items, one per key in the order first seen, each the first whose relation is not CITES if any is. */
    static <T> List<T> perKey(List<T> items, Function<T, String> key, Function<T, String> relation) {
        Map<String, T> kept = new LinkedHashMap<>();
        for (T item : items) {
            kept.merge(key.apply(item), item, (first, other) ->
                    isCitation(relation.apply(first)) && !isCitation(relation.apply(other)) ? other : first);
        }
        return new ArrayList<>(kept.values());
    }

    private static boolean isCitation(String relation) {
        return relation.equals("CITES");
    }
}
