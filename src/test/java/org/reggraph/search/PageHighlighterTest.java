package org.reggraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNotQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reggraph.index.IndexFields;
import org.reggraph.index.ProvisionIndex;
import org.reggraph.testing.TestStore;

/**
 * The page's highlighter marks what Lucene's own highlighter marks, over the sample corpus, for every kind of
 * query the page's weight now serves: plain words, phrases, and wildcard and fuzzy terms, which Lucene would
 * expand by re-analysing each hit's text; and it does so from the texts the page hands it (cut them, and every
 * snippet differs). The match offsets, which read each hit's matches after the highlighter, find what they would
 * find alone.
 */
class PageHighlighterTest {
    @TempDir
    static Path folder;
    private static TestStore store;

    @BeforeAll
    static void ingestSamples() {
        store = TestStore.withSamples(folder);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"license AND export", "licen*", "export~1", "\"model weights\"", "licen* AND penalt*", "vet* OR weight?",
            "\"model weights\" AND export*", "documentTitle:order AND licen*", "cyber*", "vett*", "regulat* OR obligat*"})
    void marksWhatLuceneMarks(String text) throws IOException {
        IndexSearcher searcher = store.regGraph().index().acquire();
        try {
            Page page = Page.of(searcher, parsed(text), text);
            String[] ours = page.highlighter(new PageMatches(searcher, page.weight()))
                    .highlight(IndexFields.TEXT, page.query(), page.top(), SearchService.SNIPPET_PASSAGES);
            String[] lucenes = builder(searcher).build()
                    .highlight(IndexFields.TEXT, page.query(), page.top(), SearchService.SNIPPET_PASSAGES);
            assertEquals(Arrays.asList(lucenes), Arrays.asList(ours), "snippets of " + text);
            // A hit may match in its heading or label only; most show the match in their text.
            assertTrue(Arrays.stream(ours).filter(snippet -> snippet != null && snippet.contains("<mark>")).count() * 2
                    > ours.length, () -> "the hits of " + text + " show their matches: " + Arrays.asList(ours));
        } finally {
            store.regGraph().index().release(searcher);
        }
    }

    /**
     * The match offsets read a hit's matches after the highlighter has read them: they must be those found
     * afresh, for every kind of query.
     */
    @ParameterizedTest
    @ValueSource(strings = {"license AND export", "licen*", "export~1", "\"model weights\"", "vet* OR weight?",
            "documentTitle:order AND licen*", "regulat* OR obligat*"})
    void offsetsReadAfterTheHighlighterAreThoseFoundAfresh(String text) throws IOException {
        assertOffsetsReadTwiceAreFoundAfresh(parsed(text), text);
    }

    /** A span query too, as questions about penalties add ("fine" not followed by "tuning"). */
    @Test
    void offsetsOfASpanQueryReadAfterTheHighlighterAreThoseFoundAfresh() throws IOException {
        assertOffsetsReadTwiceAreFoundAfresh(new SpanNotQuery(new SpanTermQuery(new Term(IndexFields.TEXT, "licens")),
                new SpanTermQuery(new Term(IndexFields.TEXT, "except")), 0, 1), "licens not before except");
    }

    private static void assertOffsetsReadTwiceAreFoundAfresh(Query query, String text) throws IOException {
        IndexSearcher searcher = store.regGraph().index().acquire();
        try {
            Page page = Page.of(searcher, query, text);
            PageMatches shared = new PageMatches(searcher, page.weight());
            page.highlighter(shared).highlight(IndexFields.TEXT, query, page.top(), SearchService.SNIPPET_PASSAGES);
            int withOffsets = 0;
            for (var hit : page.top().scoreDocs) {
                String hitText = page.texts().get(hit.doc);
                List<SearchHit.Offsets> afresh =
                        new MatchLocator(new PageMatches(searcher, page.weight())).locate(hit.doc, hitText, 0);
                assertEquals(afresh, new MatchLocator(shared).locate(hit.doc, hitText, 0), () -> "offsets of " + text);
                withOffsets += afresh.isEmpty() ? 0 : 1;
            }
            // As above: a hit may match in its heading or label only.
            assertTrue(withOffsets * 2 > page.top().scoreDocs.length, () -> "the hits of " + text + " have matches in their text");
        } finally {
            store.regGraph().index().release(searcher);
        }
    }

    private static Query parsed(String text) {
        ProvisionIndex index = store.regGraph().index();
        return new QueryBuilder(index.analyzer(), index.facetsConfig(), UnaryOperator.identity()).parse(text);
    }

    /** The first 20 hits of a query over the samples, their texts, and the query's weight, as a search page has them. */
    private record Page(IndexSearcher searcher, Query query, TopDocs top, Map<Integer, String> texts, Weight weight) {
        static Page of(IndexSearcher searcher, Query query, String text) throws IOException {
            TopDocs top = searcher.search(query, 20);
            assertTrue(top.scoreDocs.length > 1, () -> "the samples should answer " + text);
            Map<Integer, String> texts = new HashMap<>();
            for (var hit : top.scoreDocs) {
                texts.put(hit.doc, searcher.storedFields().document(hit.doc).get(IndexFields.TEXT));
            }
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            return new Page(searcher, query, top, texts, weight);
        }

        PageHighlighter highlighter(PageMatches matches) {
            return new PageHighlighter(builder(searcher), searcher, query, matches, IndexFields.TEXT, texts);
        }
    }

    private static UnifiedHighlighter.Builder builder(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, store.regGraph().index().analyzer()).withFormatter(new SnippetFormatter());
    }
}
