package org.reggraph.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The answer to {@code GET /api/v1/search}: the request as understood ({@code mode} is {@code query} or
 * {@code question}), the number of matches, the page of cross-referenced hits and the facet counts.
 */
@JsonPropertyOrder({"query", "mode", "total", "limit", "offset", "hits", "facets"})
public record SearchAnswer(String query, String mode, long total, int limit, int offset,
                           List<CrossReferencedHit> hits, Map<String, List<SearchPage.FacetCount>> facets) {
}
