package org.reggraph.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.reggraph.graph.ProvisionContext;
import org.reggraph.index.IndexFields;
import org.reggraph.index.ProvisionIndex;

/**
 * For a page of hits, the provision of another document whose wording is closest to each hit's, where one
 * is close enough to be worth a reader's look: Lucene's {@link MoreLikeThis} query of the hit's most
 * distinctive terms (by tf-idf over the index), run over the other documents' provisions. The best of them is
 * kept only when it scores at least {@link #SHARE_OF_SELF} of what the hit scores on its own query: a share,
 * not a raw score, because BM25 scores of different queries do not compare. Answers are cached per index snapshot, as the graph's joins are per graph generation.
 */
final class SimilarProvisions {
    /** How close another provision must come to the hit's own score; chosen by reading the shared corpus. */
    static final float SHARE_OF_SELF = 0.4f;
    /** Terms of the hit's text that make the query: enough to describe a provision, few enough to be fast. */
    private static final int QUERY_TERMS = 20;
    /**
     * Fewer distinctive terms than this (a heading, a one-line provision) describe too little: two provisions
     * sharing "agency" and "report" are not worded alike.
     */
    private static final int MIN_QUERY_TERMS = 5;
    private static final int CACHE_ENTRIES = 2_000;
    private static final Set<String> FIELDS_READ = Set.of(IndexFields.IRI, IndexFields.DOCUMENT_ID,
            IndexFields.DOCUMENT_TITLE, IndexFields.LABEL);

    private final ProvisionIndex index;
    /** Guarded by itself; an answer is computed outside the lock, so concurrent searches do not queue. */
    private final Map<String, Optional<ProvisionContext.Related>> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<ProvisionContext.Related>> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };
    private IndexReader cachedFor;

    SimilarProvisions(ProvisionIndex index) {
        this.index = index;
    }

    /** Each hit's closest provision elsewhere, by hit IRI; hits with none close enough are left out. */
    Map<String, ProvisionContext.Related> of(List<SearchHit> hits) {
        IndexSearcher searcher = index.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            Map<String, ProvisionContext.Related> similar = new HashMap<>();
            for (SearchHit hit : hits) {
                Optional<ProvisionContext.Related> closest = cached(reader, hit.iri());
                if (closest == null) {
                    closest = closest(searcher, hit);
                    remember(reader, hit.iri(), closest);
                }
                closest.ifPresent(related -> similar.put(hit.iri(), related));
            }
            return similar;
        } finally {
            index.release(searcher);
        }
    }

    /** The answer found over this reader, or null; answers over an older reader are forgotten. */
    private Optional<ProvisionContext.Related> cached(IndexReader reader, String iri) {
        synchronized (cache) {
            if (cachedFor != reader) {
                cache.clear();
                cachedFor = reader;
            }
            return cache.get(iri);
        }
    }

    private void remember(IndexReader reader, String iri, Optional<ProvisionContext.Related> closest) {
        synchronized (cache) {
            if (cachedFor == reader) {
                cache.put(iri, closest);
            }
        }
    }

    private Optional<ProvisionContext.Related> closest(IndexSearcher searcher, SearchHit hit) {
        try {
            MoreLikeThis terms = new MoreLikeThis(searcher.getIndexReader());
            terms.setAnalyzer(index.analyzer());
            terms.setFieldNames(new String[] {IndexFields.TEXT});
            terms.setMinTermFreq(1);
            terms.setMinDocFreq(2); // a term no other provision holds cannot make another one similar
            terms.setMaxQueryTerms(QUERY_TERMS);
            terms.setBoost(true);
            Query like = terms.like(IndexFields.TEXT, new StringReader(hit.text()));
            if (!(like instanceof BooleanQuery described) || described.clauses().size() < MIN_QUERY_TERMS) {
                return Optional.empty();
            }
            TopDocs self = searcher.search(new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.IRI, hit.iri())), BooleanClause.Occur.FILTER).build(), 1);
            TopDocs elsewhere = searcher.search(new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.DOCUMENT_ID, hit.document().id())),
                            BooleanClause.Occur.MUST_NOT).build(), 1);
            if (self.scoreDocs.length == 0 || elsewhere.scoreDocs.length == 0
                    || elsewhere.scoreDocs[0].score < SHARE_OF_SELF * self.scoreDocs[0].score) {
                return Optional.empty();
            }
            Document fields = searcher.storedFields().document(elsewhere.scoreDocs[0].doc, FIELDS_READ);
            return Optional.of(new ProvisionContext.Related(fields.get(IndexFields.IRI),
                    fields.get(IndexFields.DOCUMENT_ID), fields.get(IndexFields.DOCUMENT_TITLE),
                    emptyToNull(fields.get(IndexFields.LABEL)), "similar wording"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find provisions similar to " + hit.iri(), e);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
