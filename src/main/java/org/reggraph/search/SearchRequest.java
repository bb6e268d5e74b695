package org.reggraph.search;

import java.util.List;
import java.util.Map;

/**
 * A search: Lucene query syntax in {@code query}, one page of hits, and facet filters (dimension to
 * accepted values; values of one dimension are alternatives, dimensions must all hold).
 */
public record SearchRequest(String query, int limit, int offset, Map<String, List<String>> filters, Sort sort) {
    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        filters = Map.copyOf(filters);
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, 0, Map.of(), Sort.RELEVANCE);
    }
}
