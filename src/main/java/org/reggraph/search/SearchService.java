package org.reggraph.search;

import java.io.IOException;
import java.time.Duration;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.reggraph.config.AppConfig;
import org.reggraph.index.IndexFields;
import org.reggraph.index.ProvisionIndex;
import org.reggraph.search.ranking.HybridRetriever;
import org.reggraph.search.ranking.RankedHit;

/**
 * Searches provisions: parses the query, applies facet filters, ranks, and for each hit on the page returns
 * a highlighted snippet ({@code <mark>}, HTML-escaped) and the exact match offsets. Facet counts cover every
 * match, not only the page.
 */
public final class SearchService {
    static final int SNIPPET_PASSAGES = 2;
    static final int FACET_VALUES = 20;
    static final List<String> FACET_DIMENSIONS = List.of(IndexFields.KIND, IndexFields.ISSUER,
            IndexFields.JURISDICTION, IndexFields.YEAR, IndexFields.MODALITY, IndexFields.BEARER, IndexFields.NAMES,
            IndexFields.LANG, IndexFields.PART);

    private final ProvisionIndex index;
    private final QueryBuilder queries;
    private final HybridRetriever questions;
    private final HybridRetriever chineseQuestions;

    private final Duration timeout;
    private final QuestionLexicalQuery questionQuery;
    /** Facet ordinals of the current reader: building them reads every segment, so once per reader. */
    private volatile FacetOrdinals facetOrdinals;

    private record FacetOrdinals(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public SearchService(ProvisionIndex index) {
        this(index, () -> AliasExpander.NONE, NamedInstruments.Found::nothingIn, AppConfig.DEFAULT_QUERY_TIMEOUT);
    }

    /**
     * {@code entityNames} gives the entities' names and their synonyms: queries are rewritten with them before
     * parsing (see {@link AliasExpander}) and each entity a question names is one word of it (see
     * {@link QuestionLexicalQuery}); {@code namedInstruments} finds the stored documents a question names as
     * instruments (see {@link NamedInstruments}); searches stop after {@code timeout} and fail with
     * {@link SearchTimeoutException}.
     */
    public SearchService(ProvisionIndex index, Supplier<AliasExpander> entityNames,
            Function<String, NamedInstruments.Found> namedInstruments, Duration timeout) {
        this.index = index;
        this.questionQuery = new QuestionLexicalQuery(entityNames, namedInstruments);
        this.queries = new QueryBuilder(index.analyzer(), index.facetsConfig(), text -> entityNames.get().apply(text));
        this.questions = HybridRetriever.forProvisions(index);
        this.chineseQuestions = ChineseSearch.questionRetriever(index);
        this.timeout = timeout;
    }

    /**
     * Searches with a question in plain language rather than query syntax: BM25 over the text and its word
     * pairs, fused with nearest neighbours of the question's vector where provisions have vectors
     * ({@link HybridRetriever}). Filters, paging, snippets and facet counts (over the BM25 matches) work as
     * in {@link #search}; sorting is always by relevance.
     */
    public SearchPage searchQuestion(SearchRequest request) {
        Query filter = request.filters().isEmpty() ? null
                : queries.withFilters(new MatchAllDocsQuery(), request.filters());
        HybridRetriever retriever = ChineseSearch.appliesTo(request.query()) ? chineseQuestions : questions;
        Query lexical = questionQuery.of(retriever, request.query(), filter);
        IndexSearcher shared = index.acquire();
        try {
            IndexSearcher searcher = timeLimited(shared);
            int window = Math.max(1, request.offset() + request.limit());
            // One BM25 pass gives the lexical candidates, the exact total and the facet counts.
            FacetsCollectorManager.FacetsResult counted = lexical == null ? null
                    : FacetsCollectorManager.search(searcher, lexical, retriever.depth(window), new FacetsCollectorManager());
            failIfTimedOut(searcher);
            List<RankedHit> ranked = retriever.searchWithLexical(searcher, request.query(),
                    counted == null ? List.of() : HybridRetriever.ranked(counted.topDocs()), filter, window);
            failIfTimedOut(searcher);
            ScoreDoc[] all = ranked.stream().map(hit -> new ScoreDoc(hit.luceneDocId(), hit.score()))
                    .toArray(ScoreDoc[]::new);
            ScoreDoc[] page = slice(all, request.offset(), request.limit());
            long total = counted == null ? all.length : Math.max(all.length, counted.topDocs().totalHits.value);
            TopDocs pageDocs = new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), page);
            List<SearchHit> hits = hits(searcher, lexical == null ? new MatchNoDocsQuery() : lexical, pageDocs);
            return new SearchPage(total, hits, counted == null ? Map.of() : facets(searcher, counted));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            index.release(shared);
        }
    }

    public SearchPage search(SearchRequest request) {
        Query query = queries.withFilters(queries.parse(request.query()), request.filters());
        IndexSearcher shared = index.acquire();
        try {
            IndexSearcher searcher = timeLimited(shared);
            int window = request.offset() + request.limit();
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query,
                    Math.max(1, window), order(request.sort()), true, new FacetsCollectorManager());
            failIfTimedOut(searcher);
            TopDocs top = result.topDocs();
            ScoreDoc[] page = slice(top.scoreDocs, request.offset(), request.limit());
            TopDocs pageDocs = new TopDocs(top.totalHits, page);
            List<SearchHit> hits = hits(searcher, query, pageDocs);
            return new SearchPage(top.totalHits.value, hits, facets(searcher, result));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            index.release(shared);
        }
    }

    /** A searcher of its own over the shared reader: the time limit belongs to this request only. */
    private IndexSearcher timeLimited(IndexSearcher shared) {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setSimilarity(shared.getSimilarity());
        long deadline = System.nanoTime() + timeout.toNanos();
        searcher.setTimeout(() -> System.nanoTime() - deadline > 0);
        return searcher;
    }

    /** A search that ran out of time has partial results, which must not pass for the answer. */
    private void failIfTimedOut(IndexSearcher searcher) {
        if (searcher.timedOut()) {
            throw new SearchTimeoutException("the search took longer than " + timeout.toMillis() + " ms; narrow the query");
        }
    }

    /**
     * Ties are broken by IRI, so equal scores (every wildcard match scores alike) come out in the same order
     * whatever order the index was built in: a rebuilt or recovered index pages exactly like the original.
     */
    private static Sort order(SearchRequest.Sort sort) {
        SortField byIri = new SortedSetSortField(IndexFields.IRI, false);
        return sort == SearchRequest.Sort.DATE
                ? new Sort(new SortedSetSortField(IndexFields.DATE, true), SortField.FIELD_SCORE, byIri)
                : new Sort(SortField.FIELD_SCORE, byIri);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
        // Each hit's stored fields are read once, for the hit and for its snippet.
        Document[] stored = new Document[page.scoreDocs.length];
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < stored.length; i++) {
            stored[i] = searcher.storedFields().document(page.scoreDocs[i].doc);
            texts.put(page.scoreDocs[i].doc, stored[i].get(IndexFields.TEXT));
        }
        // One weight for the page, and each hit's matches found once, for the highlighter and the match offsets.
        Weight matcher = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        PageMatches matches = new PageMatches(searcher, matcher);
        UnifiedHighlighter highlighter = new PageHighlighter(UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new SnippetFormatter())
                .withMaskedFieldsFunc(ChineseSearch.highlightedWith(query)), searcher, query, matches,
                IndexFields.TEXT, texts);
        String[] snippets = page.scoreDocs.length == 0 ? new String[0]
                : highlighter.highlight(IndexFields.TEXT, query, page, SNIPPET_PASSAGES);
        MatchLocator locator = new MatchLocator(matches);
        List<SearchHit> hits = new ArrayList<>(page.scoreDocs.length);
        for (int i = 0; i < page.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = page.scoreDocs[i];
            Document doc = stored[i];
            String text = doc.get(IndexFields.TEXT);
            int start = doc.getField(IndexFields.START).numericValue().intValue();
            int end = doc.getField(IndexFields.END).numericValue().intValue();
            String snippet = snippets[i] != null ? snippets[i] : SnippetFormatter.prefix(text);
            hits.add(new SearchHit(doc.get(IndexFields.IRI), Float.isNaN(scoreDoc.score) ? 0 : scoreDoc.score,
                    doc.get(IndexFields.LABEL), doc.get(IndexFields.SUBDIVISION), doc.get(IndexFields.HEADING),
                    doc.get(IndexFields.PART), text,
                    snippet, start, end,
                    locator.locate(scoreDoc.doc, text, start),
                    new SearchHit.HitDocument(doc.get(IndexFields.DOCUMENT_ID), doc.get(IndexFields.DOCUMENT_IRI),
                            doc.get(IndexFields.DOCUMENT_TITLE), doc.get(IndexFields.KIND),
                            doc.get(IndexFields.ISSUER), doc.get(IndexFields.DATE))));
        }
        return hits;
    }

    private Map<String, List<SearchPage.FacetCount>> facets(IndexSearcher searcher,
                                                            FacetsCollectorManager.FacetsResult result)
            throws IOException {
        Map<String, List<SearchPage.FacetCount>> counts = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state;
        try {
            state = facetOrdinals(searcher.getIndexReader());
        } catch (IllegalArgumentException noFacetsYet) {
            return counts; // an empty index has no facet field at all
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        for (String dimension : FACET_DIMENSIONS) {
            List<SearchPage.FacetCount> values = new ArrayList<>();
            try {
                FacetResult top = facets.getTopChildren(FACET_VALUES, dimension);
                if (top != null) {
                    for (LabelAndValue value : top.labelValues) {
                        values.add(new SearchPage.FacetCount(value.label, value.value.longValue()));
                    }
                }
            } catch (IllegalArgumentException dimensionNeverIndexed) {
                // no document carries this dimension yet
            }
            counts.put(dimension, values);
        }
        return counts;
    }

    private SortedSetDocValuesReaderState facetOrdinals(IndexReader reader) throws IOException {
        FacetOrdinals cached = facetOrdinals;
        if (cached == null || cached.reader() != reader) {
            cached = new FacetOrdinals(reader, new DefaultSortedSetDocValuesReaderState(reader, index.facetsConfig()));
            facetOrdinals = cached;
        }
        return cached.state();
    }

    private static ScoreDoc[] slice(ScoreDoc[] all, int offset, int limit) {
        if (offset >= all.length) {
            return new ScoreDoc[0];
        }
        int end = Math.min(all.length, offset + limit);
        ScoreDoc[] page = new ScoreDoc[end - offset];
        System.arraycopy(all, offset, page, 0, page.length);
        return page;
    }

    /** The index this service searches, for what else a page of its hits is joined to. */
    ProvisionIndex index() {
        return index;
    }
}
