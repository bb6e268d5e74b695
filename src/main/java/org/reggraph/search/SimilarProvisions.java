package org.reggraph.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
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
 * For a page of hits, provisions of other documents related to each by the index: the one whose wording is
 * closest, where one comes close enough to be worth a reader's look, and for each entity the hit's rules
 * bind, the closest whose rules bind it too. Closeness is Lucene's {@link MoreLikeThis} query of the hit's
 * most distinctive terms (by tf-idf over the index), run over the other documents' provisions; the best is
 * kept only when it scores a share ({@link #SHARE_OF_SELF}, {@link #BEARER_SHARE_OF_SELF}) of what the hit
 * scores on its own query, because BM25 scores of different queries do not compare. Answers are cached per
 * index snapshot, as the graph's joins are per graph generation.
 */
final class SimilarProvisions {
    /** How close another provision must come to the hit's own score; chosen by reading the shared corpus. */
    static final float SHARE_OF_SELF = 0.4f;
    /**
     * A provision binding the same entity is related by that, not by its wording: it need only be about the
     * same thing, so the bar is lower. Also chosen by reading.
     */
    static final float BEARER_SHARE_OF_SELF = 0.2f;
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
    private final Map<String, List<ProvisionContext.Related>> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<ProvisionContext.Related>> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };
    private IndexReader cachedFor;

    SimilarProvisions(ProvisionIndex index) {
        this.index = index;
    }

    /**
     * Each hit's provisions elsewhere, by hit IRI: the closest in wording, and for each entity its rules bind
     * the closest that binds it too, each from a document that neither the hit nor its graph context
     * ({@code contexts}, by hit IRI) relates already. {@code entityLabels} names the entities.
     */
    Map<String, List<ProvisionContext.Related>> of(List<SearchHit> hits, Map<String, ProvisionContext> contexts,
                                                   Map<String, String> entityLabels) {
        IndexSearcher searcher = index.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            Map<String, List<ProvisionContext.Related>> similar = new HashMap<>();
            for (SearchHit hit : hits) {
                List<ProvisionContext.Related> closest = cached(reader, hit.iri());
                if (closest == null) {
                    closest = closest(searcher, hit, contexts.get(hit.iri()), entityLabels);
                    remember(reader, hit.iri(), closest);
                }
                similar.put(hit.iri(), closest);
            }
            return similar;
        } finally {
            index.release(searcher);
        }
    }

    /** The answer found over this reader, or null; answers over an older reader are forgotten. */
    private List<ProvisionContext.Related> cached(IndexReader reader, String iri) {
        synchronized (cache) {
            if (cachedFor != reader) {
                cache.clear();
                cachedFor = reader;
            }
            return cache.get(iri);
        }
    }

    private void remember(IndexReader reader, String iri, List<ProvisionContext.Related> closest) {
        synchronized (cache) {
            if (cachedFor == reader) {
                cache.put(iri, closest);
            }
        }
    }

    private List<ProvisionContext.Related> closest(IndexSearcher searcher, SearchHit hit, ProvisionContext context,
                                                  Map<String, String> entityLabels) {
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
                return List.of();
            }
            TopDocs self = searcher.search(new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.IRI, hit.iri())), BooleanClause.Occur.FILTER).build(), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            float selfScore = self.scoreDocs[0].score;
            List<ProvisionContext.Related> related = new ArrayList<>();
            Set<String> documents = new HashSet<>(Set.of(hit.document().id()));
            Set<String> bearers = new TreeSet<>();
            if (context != null) {
                context.related().forEach(listed -> documents.add(listed.documentId()));
                context.rules().stream().map(ProvisionContext.RuleSummary::bearerEntity).filter(Objects::nonNull)
                        .forEach(bearers::add);
            }
            best(searcher, like, documents, null, SHARE_OF_SELF * selfScore, "similar wording")
                    .ifPresent(similar -> add(similar, related, documents));
            for (String bearer : bearers) {
                String name = entityLabels.getOrDefault(bearer, bearer);
                best(searcher, like, documents, bearer, BEARER_SHARE_OF_SELF * selfScore, "also binds " + name)
                        .ifPresent(binding -> add(binding, related, documents));
            }
            return List.copyOf(related);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find provisions similar to " + hit.iri(), e);
        }
    }

    private static void add(ProvisionContext.Related found, List<ProvisionContext.Related> related, Set<String> documents) {
        related.add(found);
        documents.add(found.documentId());
    }

    /**
     * The provision scoring best on the hit's terms outside {@code documents}, among those whose rules bind
     * {@code bearer} when one is given, if it scores at least {@code minimum}.
     */
    private static Optional<ProvisionContext.Related> best(IndexSearcher searcher, Query like, Set<String> documents,
                                                           String bearer, float minimum, String reason)
            throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST);
        documents.forEach(id -> query.add(new TermQuery(new Term(IndexFields.DOCUMENT_ID, id)),
                BooleanClause.Occur.MUST_NOT));
        if (bearer != null) {
            query.add(new TermQuery(new Term(IndexFields.BEARER, bearer)), BooleanClause.Occur.FILTER);
        }
        TopDocs top = searcher.search(query.build(), 1);
        if (top.scoreDocs.length == 0 || top.scoreDocs[0].score < minimum) {
            return Optional.empty();
        }
        Document fields = searcher.storedFields().document(top.scoreDocs[0].doc, FIELDS_READ);
        return Optional.of(new ProvisionContext.Related(fields.get(IndexFields.IRI),
                fields.get(IndexFields.DOCUMENT_ID), fields.get(IndexFields.DOCUMENT_TITLE),
                emptyToNull(fields.get(IndexFields.LABEL)), reason));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
