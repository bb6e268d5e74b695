package org.reggraph.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** One page of hits, the total number of matches, and facet counts over all of them. */
public record SearchPage(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    /**
     * A facet value and how many matches have it; {@code label} is what people call a value that is an IRI
     * (a bearer's entity by its preferred label), absent where the value is its own name.
     */
    public record FacetCount(String value, long count, @JsonInclude(JsonInclude.Include.NON_NULL) String label) {
        public FacetCount(String value, long count) {
            this(value, count, null);
        }
    }
}
