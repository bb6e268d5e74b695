package org.reggraph.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.reggraph.search.ranking.BagOfWordsQuery;
import org.reggraph.search.ranking.RankedHit;
import org.reggraph.search.ranking.RerankFeatures;

/**
 * Features of the fused top-K for {@link ObliqaRerankResearch}: every score the hybrid already computes
 * (per field, per side, scaled and ranked), a second embedding model, how much of the question a passage
 * holds and how close together, and what the rest of the fused list says about the passage's document,
 * section and neighbours. The fusion is the kept one (each side cut at 200, spread scaling, dense 0.4).
 * Longer than most classes because the 32 features are defined in one place, in the order of
 * {@link #NAMES}, which the cached feature files and the documented ablations rely on.
 */
final class ObliqaRerankFeatures {

    static final List<String> NAMES = List.of(
            "fused", "fused-top", "log fused rank",
            "bm25 text", "bm25 pairs", "bm25 spread", "log bm25 rank",
            "e5 cos", "e5 spread", "log e5 rank",
            "bge cos", "bge spread", "log bge rank",
            "log words", "idf coverage", "pair coverage", "proximity",
            "doc best fused-top", "doc hits in top 20", "section best fused-top", "parent fused",
            "prev fused", "next fused", "parent e5 cos", "in bm25 200", "in e5 200", "query terms",
            "e5 cos passage-form question", "label section best fused-top",
            "section hits in top 20", "log rank in document", "document centroid e5 cos");

    private static final int SIDE = 200;
    private static final int DEEP = 1000;
    /** The kept fusion's dense weight when the features were measured; {@code -Drerank.denseWeight} to vary it. */
    static final float DENSE_WEIGHT = Float.parseFloat(System.getProperty("rerank.denseWeight", "0.4"));

    private final ObliqaRecallTuning t;
    private final float[][] bgePassages;
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final IndexReader reader;
    private final Map<Integer, Map<String, int[]>> positionsCache = new HashMap<>();
    private final Map<Integer, Set<String>> pairsCache = new HashMap<>();
    private final Map<String, float[]> centroids = new HashMap<>();

    ObliqaRerankFeatures(ObliqaRecallTuning tuning, float[][] bgePassages, Analyzer analyzer, IndexSearcher searcher) {
        this.t = tuning;
        this.bgePassages = bgePassages;
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
        for (int d = 0; d < t.passages.size(); d++) {
            float[] c = centroids.computeIfAbsent(document(d), x -> new float[t.passageVectors[0].length]);
            for (int j = 0; j < c.length; j++) {
                c[j] += t.passageVectors[d][j];
            }
        }
        for (float[] c : centroids.values()) {
            float norm = (float) Math.sqrt(dot(c, c));
            for (int j = 0; j < c.length; j++) {
                c[j] /= norm;
            }
        }
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    /**
     * The first {@code k} fused candidates of one question with their features.
     *
     * @param lexicalDeep BM25 (text + pairs 0.3) to depth 1000
     * @param bgeQuery    the question's BGE vector, ignored (BGE features 0) when there are no BGE passage vectors
     * @param e5Passage   the question embedded with the {@code passage: } prefix, or null (feature 0)
     */
    RerankCandidates.Question question(String qid, String text, List<RankedHit> lexicalDeep, float[] e5Query,
            float[] bgeQuery, float[] e5Passage, int k) throws IOException {
        float[] e5 = t.denseScores(e5Query);
        float[] bge = bgePassages == null ? new float[t.passages.size()] : scores(bgePassages, bgeQuery);
        float[] e5p = e5Passage == null ? null : t.denseScores(e5Passage);
        List<RankedHit> lex = ObliqaRecallSweeps.cut(lexicalDeep, SIDE);
        List<RankedHit> dense = ObliqaRecallTuning.top(e5, DEEP);
        List<RankedHit> bgeTop = ObliqaRecallTuning.top(bge, DEEP);
        List<RankedHit> fused = ObliqaRecallSweeps.Fusion.sorted(ObliqaRecallSweeps.Fusion.scores(
                List.of(lex, ObliqaRecallSweeps.cut(dense, SIDE)), new float[] {1 - DENSE_WEIGHT, DENSE_WEIGHT}, true));
        Map<Integer, Float> fusedScore = new HashMap<>();
        Map<Integer, Integer> fusedRank = new HashMap<>();
        for (int i = 0; i < fused.size(); i++) {
            fusedScore.put(fused.get(i).luceneDocId(), fused.get(i).score());
            fusedRank.put(fused.get(i).luceneDocId(), i);
        }
        float top = fused.get(0).score();
        Map<String, Float> docBest = new HashMap<>();
        Map<String, Float> sectionBest = new HashMap<>();
        Map<String, Integer> docTop20 = new HashMap<>();
        Map<String, Float> labelSectionBest = new HashMap<>();
        Map<String, Integer> sectionTop20 = new HashMap<>();
        Map<String, Integer> seenInDocument = new HashMap<>();
        int[] rankInDocument = new int[fused.size()];
        for (int i = 0; i < fused.size(); i++) {
            int d = fused.get(i).luceneDocId();
            docBest.merge(document(d), fused.get(i).score(), Math::max);
            sectionBest.merge(section(d), fused.get(i).score(), Math::max);
            labelSectionBest.merge(labelSection(d), fused.get(i).score(), Math::max);
            if (i < 20) {
                docTop20.merge(document(d), 1, Integer::sum);
                sectionTop20.merge(section(d), 1, Integer::sum);
            }
            rankInDocument[i] = seenInDocument.merge(document(d), 1, Integer::sum) - 1;
        }
        int n = Math.min(k, fused.size());
        int[] docs = new int[n];
        for (int i = 0; i < n; i++) {
            docs[i] = fused.get(i).luceneDocId();
        }
        float[] textBm25 = fieldScores(text, ObliqaRecallTuning.TEXT, docs);
        float[] pairBm25 = fieldScores(text, ObliqaRecallTuning.BIGRAMS, docs);
        float[] lexSpread = spread(lex);
        float[] denseSpread = spread(ObliqaRecallSweeps.cut(dense, SIDE));
        float[] bgeSpread = spread(ObliqaRecallSweeps.cut(bgeTop, SIDE));
        Map<Integer, Integer> lexRank = ranks(lexicalDeep);
        Map<Integer, Integer> e5Rank = ranks(dense);
        Map<Integer, Integer> bgeRank = ranks(bgeTop);
        Set<Integer> inLex = new HashSet<>();
        lex.forEach(h -> inLex.add(h.luceneDocId()));
        Set<Integer> inDense = new HashSet<>();
        ObliqaRecallSweeps.cut(dense, SIDE).forEach(h -> inDense.add(h.luceneDocId()));
        Map<String, Float> idf = queryIdf(text);
        List<String> queryPairs = new ArrayList<>(tokens(analyzer, ObliqaRecallTuning.BIGRAMS, text));
        float idfTotal = (float) idf.values().stream().mapToDouble(Float::doubleValue).sum();

        float[][] features = new float[n][NAMES.size()];
        boolean[] relevant = new boolean[n];
        for (int i = 0; i < n; i++) {
            int d = docs[i];
            float[] f = features[i];
            float fs = fusedScore.get(d);
            f[0] = fs;
            f[1] = fs - top;
            f[2] = (float) Math.log1p(i);
            f[3] = textBm25[i];
            f[4] = pairBm25[i];
            f[5] = (textBm25[i] + 0.3f * pairBm25[i] - lexSpread[0]) / lexSpread[1];
            f[6] = (float) Math.log1p(lexRank.getOrDefault(d, DEEP));
            f[7] = e5[d];
            f[8] = (e5[d] - denseSpread[0]) / denseSpread[1];
            f[9] = (float) Math.log1p(e5Rank.getOrDefault(d, DEEP));
            f[10] = bge[d];
            f[11] = (bge[d] - bgeSpread[0]) / bgeSpread[1];
            f[12] = (float) Math.log1p(bgeRank.getOrDefault(d, DEEP));
            Map<String, int[]> positions = positions(d);
            f[13] = (float) Math.log1p(positions.values().stream().mapToInt(p -> p.length).sum());
            float held = 0;
            for (Map.Entry<String, Float> term : idf.entrySet()) {
                if (positions.containsKey(term.getKey())) {
                    held += term.getValue();
                }
            }
            f[14] = idfTotal > 0 ? held / idfTotal : 0;
            Set<String> pairs = pairs(d);
            f[15] = queryPairs.isEmpty() ? 0 : (float) queryPairs.stream().filter(pairs::contains).count() / queryPairs.size();
            f[16] = RerankFeatures.proximity(idf.keySet(), positions);
            f[17] = docBest.get(document(d)) - top;
            f[18] = docTop20.getOrDefault(document(d), 0) - (i < 20 ? 1 : 0);
            f[19] = sectionBest.get(section(d)) - top;
            int parent = t.parentIndex[d];
            f[20] = parent < 0 ? 0 : fusedScore.getOrDefault(parent, 0f);
            f[21] = neighbourScore(d, d - 1, fusedScore);
            f[22] = neighbourScore(d, d + 1, fusedScore);
            f[23] = parent < 0 ? 0 : e5[parent];
            f[24] = inLex.contains(d) ? 1 : 0;
            f[25] = inDense.contains(d) ? 1 : 0;
            f[26] = idf.size();
            f[27] = e5p == null ? 0 : e5p[d];
            f[28] = labelSectionBest.get(labelSection(d)) - top;
            f[29] = sectionTop20.getOrDefault(section(d), 0) - (i < 20 ? 1 : 0);
            f[30] = (float) Math.log1p(rankInDocument[i]);
            f[31] = dot(centroids.get(document(d)), e5Query);
            relevant[i] = t.scorer.isRelevant(qid, t.passages.get(d).id());
        }
        return new RerankCandidates.Question(qid, docs, features, relevant, 0);
    }

    private String document(int d) {
        return t.passages.get(d).document();
    }

    private String section(int d) {
        return t.passages.get(d).document() + "|" + t.parentIndex[d];
    }

    /**
     * The section as the service could tell it from a hit's own stored fields: its document and its
     * passage number without the last dotted part ("7.3.2" is in "7.3"), whether or not "7.3" exists.
     */
    private String labelSection(int d) {
        String number = ObliqaRecallTuning.normalise(t.passages.get(d).number());
        int dot = number.lastIndexOf('.');
        return document(d) + "|" + (dot > 0 ? number.substring(0, dot) : "");
    }

    private float neighbourScore(int d, int neighbour, Map<Integer, Float> fusedScore) {
        if (neighbour < 0 || neighbour >= t.passages.size() || !document(neighbour).equals(document(d))) {
            return 0;
        }
        return fusedScore.getOrDefault(neighbour, 0f);
    }

    private static float[] scores(float[][] passages, float[] q) {
        float[] s = new float[passages.length];
        for (int d = 0; d < passages.length; d++) {
            float dot = 0;
            for (int j = 0; j < q.length; j++) {
                dot += q[j] * passages[d][j];
            }
            s[d] = dot;
        }
        return s;
    }

    /** The list's minimum and standard deviation, the fusion's spread scaling. */
    private static float[] spread(List<RankedHit> hits) {
        double sum = 0;
        double sq = 0;
        float min = Float.POSITIVE_INFINITY;
        for (RankedHit h : hits) {
            sum += h.score();
            sq += (double) h.score() * h.score();
            min = Math.min(min, h.score());
        }
        if (hits.isEmpty()) {
            return new float[] {0, 1};
        }
        double mean = sum / hits.size();
        return new float[] {min, (float) Math.sqrt(Math.max(1e-12, sq / hits.size() - mean * mean))};
    }

    private static Map<Integer, Integer> ranks(List<RankedHit> hits) {
        Map<Integer, Integer> ranks = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            ranks.put(hits.get(i).luceneDocId(), i);
        }
        return ranks;
    }

    /** BM25 of one field's bag-of-words query for each of the (any order) documents; 0 where it does not match. */
    private float[] fieldScores(String question, String field, int[] docs) throws IOException {
        float[] result = new float[docs.length];
        Query query = BagOfWordsQuery.of(analyzer, field, question);
        if (query == null) {
            return result;
        }
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator it = scorer.iterator();
            for (int i : order) {
                int local = docs[i] - leaf.docBase;
                if (local < 0 || local >= leaf.reader().maxDoc()) {
                    continue;
                }
                if (it.docID() < local) {
                    it.advance(local);
                }
                if (it.docID() == local) {
                    result[i] = scorer.score();
                }
            }
        }
        return result;
    }

    private Map<String, Float> queryIdf(String question) throws IOException {
        Map<String, Float> idf = new HashMap<>();
        int docCount = reader.numDocs();
        for (String term : tokens(analyzer, ObliqaRecallTuning.TEXT, question)) {
            int df = reader.docFreq(new Term(ObliqaRecallTuning.TEXT, term));
            idf.put(term, (float) Math.log(1 + (docCount - df + 0.5) / (df + 0.5)));
        }
        return idf;
    }

    private Map<String, int[]> positions(int d) {
        return positionsCache.computeIfAbsent(d,
                doc -> RerankFeatures.positions(analyzer, ObliqaRecallTuning.TEXT, t.passages.get(doc).text()));
    }

    private Set<String> pairs(int d) {
        return pairsCache.computeIfAbsent(d, doc -> new HashSet<>(tokens(analyzer, ObliqaRecallTuning.BIGRAMS,
                t.passages.get(doc).text())));
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        return RerankFeatures.tokens(analyzer, field, text);
    }
}
