package org.reggraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reggraph.model.Provision;

/**
 * Finds the provision of a version that a position of its text falls in, where rules, citations and entity
 * names are placed. A version's provisions do not overlap, and one can hold thousands of them and tens of
 * thousands of mentions, so a position is found by binary search over their starts.
 */
final class ProvisionLocator {
    private final List<Provision> byStart;
    private final int[] starts;

    ProvisionLocator(List<Provision> provisions) {
        byStart = new ArrayList<>(provisions);
        byStart.sort(Comparator.comparingInt(provision -> provision.span().start()));
        starts = byStart.stream().mapToInt(provision -> provision.span().start()).toArray();
    }

    /** The provision whose span holds the character at {@code position}, or null when none does. */
    Provision containing(int position) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] <= position) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found >= 0 && position < byStart.get(found).span().end() ? byStart.get(found) : null;
    }
}
