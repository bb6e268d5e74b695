package org.reggraph.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reggraph.graph.ProvisionContext;
import org.reggraph.graph.ProvisionContextReader;
import org.reggraph.index.IndexFields;

/**
 * The search the API serves: a page of hits from {@link SearchService} (query syntax or a question), each
 * joined to what it is connected to in the graph, its rules and its cross-references. Kept apart from the
 * controller so the benchmark times exactly what the API runs, without HTTP.
 */
public final class CrossReferencedSearch {
    /** Facets whose values are entity IRIs: the entities rules bind, and those provisions name. */
    private static final List<String> ENTITY_DIMENSIONS = List.of(IndexFields.BEARER, IndexFields.NAMES);

    private final SearchService search;
    private final ProvisionContextReader contexts;
    private final SimilarProvisions similar;

    public CrossReferencedSearch(SearchService search, ProvisionContextReader contexts) {
        this.search = search;
        this.contexts = contexts;
        this.similar = new SimilarProvisions(search.index());
    }

    /** How many of its document's references each hit lists unless asked otherwise. */
    public static final int DEFAULT_REFERENCES_SHOWN = 10;

    /** {@code question} picks the plain-language path ({@link SearchService#searchQuestion}). */
    public SearchAnswer search(SearchRequest request, boolean question) {
        return search(request, question, DEFAULT_REFERENCES_SHOWN);
    }

    /** The same, listing at most {@code referencesShown} cited and citing documents on each hit. */
    public SearchAnswer search(SearchRequest request, boolean question, int referencesShown) {
        SearchPage page = question ? search.searchQuestion(request) : search.search(request);
        return new SearchAnswer(request.query(), question ? "question" : "query", page.total(), request.limit(),
                request.offset(), withContext(page.hits(), referencesShown), withEntityLabels(page.facets()));
    }

    /** Each entity facet value (an IRI) is given its entity's preferred label to be shown by. */
    private Map<String, List<SearchPage.FacetCount>> withEntityLabels(Map<String, List<SearchPage.FacetCount>> facets) {
        if (ENTITY_DIMENSIONS.stream().allMatch(dimension -> facets.getOrDefault(dimension, List.of()).isEmpty())) {
            return facets;
        }
        Map<String, String> labels = contexts.entityLabels();
        Map<String, List<SearchPage.FacetCount>> labelled = new LinkedHashMap<>(facets);
        for (String dimension : ENTITY_DIMENSIONS) {
            List<SearchPage.FacetCount> entities = facets.get(dimension);
            if (entities != null) {
                labelled.put(dimension, entities.stream().map(entity ->
                        new SearchPage.FacetCount(entity.value(), entity.count(), labels.get(entity.value()))).toList());
            }
        }
        return labelled;
    }

    private List<CrossReferencedHit> withContext(List<SearchHit> hits, int referencesShown) {
        Map<String, ProvisionContext> found = contexts.contextOf(hits.stream()
                .map(hit -> new ProvisionContextReader.Provision(hit.iri(), hit.document().id(), hit.label()))
                .toList());
        Map<String, List<ProvisionContext.Related>> alike = similar.of(hits, found, contexts.entities());
        // the graph's related provisions (sharing citations), then those the index finds (wording, entities)
        return hits.stream().map(hit -> CrossReferencedHit.of(hit,
                found.getOrDefault(hit.iri(), ProvisionContext.none())
                        .withRelated(alike.getOrDefault(hit.iri(), List.of())), referencesShown)).toList();
    }
}
