package org.reggraph.search;

import java.util.List;
import java.util.Map;

/** One page of hits, the total number of matches, and facet counts over all of them. */
public record SearchPage(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    public record FacetCount(String value, long count) {
    }
}
