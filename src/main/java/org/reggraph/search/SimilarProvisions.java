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
import org.apache.lucene.index.TermStates;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.reggraph.graph.EntityDirectory;
import org.reggraph.graph.ProvisionContext;
import org.reggraph.index.IndexFields;
import org.reggraph.index.ProvisionIndex;

/**
 * For a page of hits, provisions of other documents related to each by the index: the one whose wording is
 * closest, where one comes close enough to be worth a reader's look; for each entity the hit's rules bind, the
 * closest whose rules bind it too; and for the most specific entities its text names, the closest that names
 * it too. Closeness is Lucene's {@link MoreLikeThis} query of the hit's most distinctive terms (by tf-idf over
 * the index), run over the other documents' provisions; the best is kept only when it scores a share
 * ({@link #SHARE_OF_SELF}, {@link #ENTITY_SHARE_OF_SELF}) of what the hit scores on its own query, because
 * BM25 scores of different queries do not compare. Answers are cached per index snapshot, as the graph's
 * joins are per graph generation.
 */
final class SimilarProvisions {
    /** How close another provision must come to the hit's own score; chosen by reading the shared corpus. */
    static final float SHARE_OF_SELF = 0.4f;
    /**
     * A provision binding or naming the same entity is related by that, not by its wording: it need only be
     * about the same thing, so the bar is lower. Also chosen by reading.
     */
    static final float ENTITY_SHARE_OF_SELF = 0.2f;
    /**
     * Entities a hit names that relate it to at most this many provisions: the hit's most specific ones (named
     * by the fewest provisions), tried in that order, at most {@link #NAMED_TRIED} of them.
     */
    private static final int NAMED_RELATED = 2;
    private static final int NAMED_TRIED = 4;
    /**
     * Entity types a shared name relates nothing by: naming the United States or the EU says little about
     * what a provision is about, and an instrument named is, more often than not, cited, which the graph's
     * related provisions cover already.
     */
    private static final Set<String> TYPES_NOT_RELATING = Set.of("jurisdiction", "instrument");
    /**
     * Nor does an entity a quarter of the store's documents mention: over the shared corpus, which is about AI
     * throughout, that leaves "AI model weights" and "data center" (13 of 57 documents) and drops "artificial
     * intelligence", the President and OMB (24 to 36).
     */
    private static final double MOST_DOCUMENTS_MENTIONING = 0.25;
    /** Terms of the hit's text that make the query: enough to describe a provision, few enough to be fast. */
    private static final int QUERY_TERMS = 20;
    /**
     * Fewer distinctive terms than this (a heading, a one-line provision) describe too little: two provisions
     * sharing "agency" and "report" are not worded alike.
     */
    private static final int MIN_QUERY_TERMS = 5;
    private static final int CACHE_ENTRIES = 2_000;
    private static final Set<String> FIELDS_READ = Set.of(IndexFields.IRI, IndexFields.DOCUMENT_ID,
            IndexFields.DOCUMENT_TITLE, IndexFields.LABEL, IndexFields.START, IndexFields.END);

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
     * Each hit's provisions elsewhere, by hit IRI: the closest in wording, for each entity its rules bind the
     * closest that binds it too, and for its most specific named entities the closest that names it too, each
     * from a document that neither the hit nor its graph context ({@code contexts}, by hit IRI) relates already.
     */
    Map<String, List<ProvisionContext.Related>> of(List<SearchHit> hits, Map<String, ProvisionContext> contexts,
                                                   EntityDirectory entities) {
        IndexSearcher searcher = index.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            Map<String, List<ProvisionContext.Related>> similar = new HashMap<>();
            for (SearchHit hit : hits) {
                List<ProvisionContext.Related> closest = cached(reader, hit.iri());
                if (closest == null) {
                    closest = closest(searcher, hit, contexts.get(hit.iri()), entities);
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
                                                  EntityDirectory entities) {
        try {
            MoreLikeThis terms = new MoreLikeThis(searcher.getIndexReader());
            terms.setAnalyzer(index.analyzer());
            terms.setFieldNames(new String[] {IndexFields.TEXT});
            terms.setMinTermFreq(1);
            terms.setMinDocFreq(2); // a term no other provision holds cannot make another one similar
            terms.setMaxQueryTerms(QUERY_TERMS);
            terms.setBoost(true);
            Query described = terms.like(IndexFields.TEXT, new StringReader(hit.text()));
            if (!(described instanceof BooleanQuery termsOfHit) || termsOfHit.clauses().size() < MIN_QUERY_TERMS) {
                return List.of();
            }
            Query like = lookedUp(searcher, termsOfHit);
            TopDocs self = searcher.search(new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.IRI, hit.iri())), BooleanClause.Occur.FILTER).build(),
                    firstOnly());
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
                best(searcher, like, documents, new Term(IndexFields.BEARER, bearer), ENTITY_SHARE_OF_SELF * selfScore,
                        "also binds " + entities.label(bearer)).ifPresent(binding -> add(binding, related, documents));
            }
            int namedFound = 0;
            for (String named : mostSpecificNamed(searcher, self.scoreDocs[0].doc, bearers, entities)) {
                Optional<ProvisionContext.Related> naming = best(searcher, like, documents,
                        new Term(IndexFields.NAMES, named), ENTITY_SHARE_OF_SELF * selfScore,
                        "also names " + entities.label(named));
                if (naming.isPresent()) {
                    add(naming.get(), related, documents);
                    if (++namedFound == NAMED_RELATED) {
                        break;
                    }
                }
            }
            return List.copyOf(related);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find provisions similar to " + hit.iri(), e);
        }
    }

    /**
     * The entities the hit's text names that may relate it to others, fewest provisions naming them first: one
     * named by a handful of provisions says more about what they share than one named everywhere. Not its
     * rules' bearers (related by that already), nor those of {@link #TYPES_NOT_RELATING}, nor one too many
     * documents mention ({@link #MOST_DOCUMENTS_MENTIONING}), nor one no other provision names.
     */
    private static List<String> mostSpecificNamed(IndexSearcher searcher, int hitDoc, Set<String> bearers,
                                                  EntityDirectory entities) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Map<String, Integer> namedBy = new HashMap<>();
        for (String named : searcher.storedFields().document(hitDoc, Set.of(IndexFields.NAMES))
                .getValues(IndexFields.NAMES)) {
            if (bearers.contains(named) || TYPES_NOT_RELATING.contains(entities.type(named))
                    || entities.documentsMentioning(named) > Math.max(2, MOST_DOCUMENTS_MENTIONING * entities.documents())) {
                continue;
            }
            int provisions = reader.docFreq(new Term(IndexFields.NAMES, named));
            if (provisions > 1) {
                namedBy.put(named, provisions);
            }
        }
        return namedBy.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(NAMED_TRIED).map(Map.Entry::getKey).toList();
    }

    /**
     * The query with each of its terms looked up in the index once: it runs several times for a hit (for its own
     * score, the closest provision, the closest binding or naming each of its entities), and each search would
     * look every term up again.
     */
    private static BooleanQuery lookedUp(IndexSearcher searcher, BooleanQuery query) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(query.getMinimumNumberShouldMatch());
        for (BooleanClause clause : query.clauses()) {
            builder.add(lookedUp(searcher, clause.getQuery()), clause.getOccur());
        }
        return builder.build();
    }

    private static Query lookedUp(IndexSearcher searcher, Query query) throws IOException {
        if (query instanceof BoostQuery boosted) {
            return new BoostQuery(lookedUp(searcher, boosted.getQuery()), boosted.getBoost());
        }
        if (query instanceof TermQuery term) {
            return new TermQuery(term.getTerm(), TermStates.build(searcher, term.getTerm(), true));
        }
        return query;
    }

    /**
     * The best provision only, and no count of the others: Lucene's default counts the first thousand matches
     * before it may skip those that cannot score higher, and a hit's twenty terms match thousands. The best is
     * the same either way (ties go to the lower document number). A manager counts across its collectors, so
     * one per search.
     */
    private static TopScoreDocCollectorManager firstOnly() {
        return new TopScoreDocCollectorManager(1, 1);
    }

    private static void add(ProvisionContext.Related found, List<ProvisionContext.Related> related, Set<String> documents) {
        related.add(found);
        documents.add(found.documentId());
    }

    /**
     * The provision scoring best on the hit's terms outside {@code documents}, among those holding {@code
     * required} when one is given, if it scores at least {@code minimum}.
     */
    private static Optional<ProvisionContext.Related> best(IndexSearcher searcher, Query like, Set<String> documents,
                                                           Term required, float minimum, String reason)
            throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST);
        documents.forEach(id -> query.add(new TermQuery(new Term(IndexFields.DOCUMENT_ID, id)),
                BooleanClause.Occur.MUST_NOT));
        if (required != null) {
            query.add(new TermQuery(required), BooleanClause.Occur.FILTER);
        }
        TopDocs top = searcher.search(query.build(), firstOnly());
        if (top.scoreDocs.length == 0 || top.scoreDocs[0].score < minimum) {
            return Optional.empty();
        }
        Document fields = searcher.storedFields().document(top.scoreDocs[0].doc, FIELDS_READ);
        return Optional.of(new ProvisionContext.Related(fields.get(IndexFields.IRI),
                fields.get(IndexFields.DOCUMENT_ID), fields.get(IndexFields.DOCUMENT_TITLE),
                emptyToNull(fields.get(IndexFields.LABEL)), reason,
                fields.getField(IndexFields.START).numericValue().intValue(),
                fields.getField(IndexFields.END).numericValue().intValue()));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
