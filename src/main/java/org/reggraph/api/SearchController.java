package org.reggraph.api;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reggraph.graph.IndexableProvision;
import org.reggraph.model.Modality;
import org.reggraph.search.CrossReferencedSearch;
import org.reggraph.search.SearchRequest;

/** {@code GET /api/v1/search}: Lucene query syntax in {@code q}, paging, facet filters, sort. */
final class SearchController {
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 10_000;
    /** The most cited or citing documents a hit may list; a document's route lists them all. */
    static final int MAX_REFERENCES = 1_000;
    /** Facet dimensions accepted as filter parameters, e.g. {@code ?kind=directive&modality=prohibition}. */
    static final List<String> FILTERS = List.of("kind", "issuer", "jurisdiction", "year", "modality", "bearer", "names",
            "lang", "part");
    /** Filters whose values form a closed set: any other value is a mistake, not a search that finds nothing. */
    private static final Map<String, List<String>> CLOSED_FILTERS = Map.of(
            "part", List.of(IndexableProvision.PREAMBLE, IndexableProvision.OPERATIVE),
            "modality", Arrays.stream(Modality.values()).map(Modality::label).toList());

    private final CrossReferencedSearch search;

    SearchController(CrossReferencedSearch search) {
        this.search = search;
    }

    void search(Context ctx) {
        String query = Params.requiredText(ctx, "q");
        int limit = Params.intParam(ctx, "limit", 10, 1, MAX_LIMIT);
        int offset = Params.intParam(ctx, "offset", 0, 0, MAX_OFFSET);
        int references = Params.intParam(ctx, "references", CrossReferencedSearch.DEFAULT_REFERENCES_SHOWN, 0,
                MAX_REFERENCES);
        SearchRequest.Sort sort = Params.enumParam(ctx, "sort", SearchRequest.Sort.class, SearchRequest.Sort.RELEVANCE);
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dimension : FILTERS) {
            List<String> values = ctx.queryParams(dimension).stream().filter(value -> !value.isBlank()).toList();
            if (!values.isEmpty()) {
                values.forEach(value -> requireKnown(dimension, value));
                filters.put(dimension, values);
            }
        }
        SearchMode mode = Params.enumParam(ctx, "mode", SearchMode.class, SearchMode.AUTO);
        SearchRequest request = new SearchRequest(query, limit, offset, filters, sort);
        boolean question = mode == SearchMode.QUESTION
                || mode == SearchMode.AUTO && sort == SearchRequest.Sort.RELEVANCE && SearchMode.looksLikeQuestion(query);
        ctx.json(search.search(request, question, references));
    }

    private static void requireKnown(String dimension, String value) {
        List<String> allowed = CLOSED_FILTERS.get(dimension);
        if (allowed != null && !allowed.contains(value)) {
            throw ApiException.badRequest("parameter '" + dimension + "' must be one of " + String.join(", ", allowed)
                    + ", was '" + value + "'");
        }
    }
}
