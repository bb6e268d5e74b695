package org.reggraph.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reggraph.graph.ProvisionContext;
import org.reggraph.graph.ProvisionContextReader;
import org.reggraph.search.SearchHit;
import org.reggraph.search.SearchPage;
import org.reggraph.search.SearchRequest;
import org.reggraph.search.SearchService;

/** {@code GET /api/v1/search}: Lucene query syntax in {@code q}, paging, facet filters, sort. */
final class SearchController {
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 10_000;
    /** Facet dimensions accepted as filter parameters, e.g. {@code ?kind=directive&modality=prohibition}. */
    static final List<String> FILTERS = List.of("kind", "issuer", "jurisdiction", "year", "modality", "bearer", "lang");

    private final SearchService search;
    private final ProvisionContextReader contexts;

    SearchController(SearchService search, ProvisionContextReader contexts) {
        this.search = search;
        this.contexts = contexts;
    }

    void search(Context ctx) {
        String query = Params.requiredText(ctx, "q");
        int limit = Params.intParam(ctx, "limit", 10, 1, MAX_LIMIT);
        int offset = Params.intParam(ctx, "offset", 0, 0, MAX_OFFSET);
        SearchRequest.Sort sort = Params.enumParam(ctx, "sort", SearchRequest.Sort.class, SearchRequest.Sort.RELEVANCE);
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dimension : FILTERS) {
            List<String> values = ctx.queryParams(dimension).stream().filter(value -> !value.isBlank()).toList();
            if (!values.isEmpty()) {
                filters.put(dimension, values);
            }
        }
        SearchMode mode = Params.enumParam(ctx, "mode", SearchMode.class, SearchMode.AUTO);
        SearchRequest request = new SearchRequest(query, limit, offset, filters, sort);
        boolean question = mode == SearchMode.QUESTION
                || mode == SearchMode.AUTO && sort == SearchRequest.Sort.RELEVANCE && SearchMode.looksLikeQuestion(query);
        SearchPage page = question ? search.searchQuestion(request) : search.search(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("mode", question ? "question" : "query");
        body.put("total", page.total());
        body.put("limit", limit);
        body.put("offset", offset);
        body.put("hits", withContext(page.hits()));
        body.put("facets", page.facets());
        ctx.json(body);
    }

    /** Each hit with what it is connected to in the graph: its rules and cross-references. */
    private List<CrossReferencedHit> withContext(List<SearchHit> hits) {
        Map<String, String> documentIds = new LinkedHashMap<>();
        hits.forEach(hit -> documentIds.put(hit.iri(), hit.document().id()));
        Map<String, ProvisionContext> found = contexts.contextOf(documentIds);
        return hits.stream().map(hit -> CrossReferencedHit.of(hit, found.get(hit.iri()))).toList();
    }
}
