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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reggraph.index.IndexFields;
import org.reggraph.index.ProvisionIndex;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * The page's highlighter marks what Lucene's own highlighter marks, over the sample corpus, for every kind of
 * query the page's weight now serves: plain words, phrases, and wildcard and fuzzy terms, which Lucene would
 * expand by re-analysing each hit's text; and it does so from the texts the page hands it (cut them, and every
 * snippet differs).
 */
class PageHighlighterTest {
    @TempDir
    static Path folder;
    private static TestStore store;

    @BeforeAll
    static void ingestSamples() {
        store = TestStore.open(folder);
        store.ingest(TestPaths.sampleCorpus());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"license AND export", "licen*", "export~1", "\"model weights\"", "licen* AND penalt*", "vet* OR weight?",
            "\"model weights\" AND export*", "documentTitle:order AND licen*", "cyber*", "vett*", "regulat* OR obligat*"})
    void marksWhatLuceneMarks(String text) throws IOException {
        ProvisionIndex index = store.regGraph().index();
        Query query = new QueryBuilder(index.analyzer(), index.facetsConfig(), UnaryOperator.identity()).parse(text);
        IndexSearcher searcher = index.acquire();
        try {
            TopDocs page = searcher.search(query, 20);
            assertTrue(page.scoreDocs.length > 1, () -> "the samples should answer " + text);
            Map<Integer, String> texts = new HashMap<>();
            for (var hit : page.scoreDocs) {
                texts.put(hit.doc, searcher.storedFields().document(hit.doc).get(IndexFields.TEXT));
            }
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            String[] ours = new PageHighlighter(builder(searcher, index), searcher, query, new PageMatches(searcher, weight),
                    IndexFields.TEXT, texts)
                    .highlight(IndexFields.TEXT, query, page, SearchService.SNIPPET_PASSAGES);
            String[] lucenes = builder(searcher, index).build()
                    .highlight(IndexFields.TEXT, query, page, SearchService.SNIPPET_PASSAGES);
            assertEquals(Arrays.asList(lucenes), Arrays.asList(ours), "snippets of " + text);
            // A hit may match in its heading or label only; most show the match in their text.
            assertTrue(Arrays.stream(ours).filter(snippet -> snippet != null && snippet.contains("<mark>")).count() * 2
                    > ours.length, () -> "the hits of " + text + " show their matches: " + Arrays.asList(ours));
        } finally {
            index.release(searcher);
        }
    }

    /**
     * The match offsets read a hit's matches after the highlighter has read them: they must be those found
     * afresh, for every kind of query, a span query (as questions about penalties add) among them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"license AND export", "licen*", "export~1", "\"model weights\"", "vet* OR weight?",
            "documentTitle:order AND licen*", "regulat* OR obligat*", "SPAN licens NOT BEFORE except"})
    void offsetsReadAfterTheHighlighterAreThoseFoundAfresh(String text) throws IOException {
        ProvisionIndex index = store.regGraph().index();
        Query query = text.startsWith("SPAN ")
                ? new SpanNotQuery(new SpanTermQuery(new Term(IndexFields.TEXT, "licens")),
                        new SpanTermQuery(new Term(IndexFields.TEXT, "except")), 0, 1)
                : new QueryBuilder(index.analyzer(), index.facetsConfig(), UnaryOperator.identity()).parse(text);
        IndexSearcher searcher = index.acquire();
        try {
            TopDocs page = searcher.search(query, 20);
            assertTrue(page.scoreDocs.length > 1, () -> "the samples should answer " + text);
            Map<Integer, String> texts = new HashMap<>();
            for (var hit : page.scoreDocs) {
                texts.put(hit.doc, searcher.storedFields().document(hit.doc).get(IndexFields.TEXT));
            }
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            PageMatches shared = new PageMatches(searcher, weight);
            new PageHighlighter(builder(searcher, index), searcher, query, shared, IndexFields.TEXT, texts)
                    .highlight(IndexFields.TEXT, query, page, SearchService.SNIPPET_PASSAGES);
            int withOffsets = 0;
            for (var hit : page.scoreDocs) {
                String hitText = texts.get(hit.doc);
                List<SearchHit.Offsets> afresh = new MatchLocator(new PageMatches(searcher, weight)).locate(hit.doc, hitText, 0);
                assertEquals(afresh, new MatchLocator(shared).locate(hit.doc, hitText, 0), () -> "offsets of " + text);
                withOffsets += afresh.isEmpty() ? 0 : 1;
            }
            // As above: a hit may match in its heading or label only.
            assertTrue(withOffsets * 2 > page.scoreDocs.length, () -> "the hits of " + text + " have matches in their text");
        } finally {
            index.release(searcher);
        }
    }

    private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, ProvisionIndex index) {
        return UnifiedHighlighter.builder(searcher, index.analyzer()).withFormatter(new SnippetFormatter());
    }
}
