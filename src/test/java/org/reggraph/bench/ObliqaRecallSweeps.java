package org.reggraph.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.reggraph.search.ranking.HybridRetriever;
import org.reggraph.search.ranking.RankedHit;

/**
 * The variants {@link ObliqaRecallTuning} measures, each printed as one line of dev figures. Longer than
 * most classes because every sweep of docs/retrieval.md's session-2 table lives here, side by side, so
 * each row can be rerun as it was measured.
 */
final class ObliqaRecallSweeps {

  private final ObliqaRecallTuning t;
  private final Map<String, float[]> dense = new HashMap<>();

  ObliqaRecallSweeps(ObliqaRecallTuning tuning) {
    this.t = tuning;
  }

  void run(String phaseList) throws IOException {
    Set<String> phase = Set.of(phaseList.split(","));
    long start = System.nanoTime();
    for (Map.Entry<String, String> q : t.queries.entrySet()) {
      dense.put(q.getKey(), t.denseScores(t.queryVectors.get(q.getKey())));
    }
    System.out.printf("dense scores in %.1f s%n", (System.nanoTime() - start) / 1e9);
    Analyzer analyzer = ObliqaRecallTuning.analyzer();
    try (Directory dir = t.build(analyzer, i -> t.parentText[i], i -> t.ancestorText[i]);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = ObliqaRecallTuning.searcher(reader);
      Map<String, List<RankedHit>> lexical = cachedLexical(searcher, analyzer);
      if (phase.contains("all") || phase.contains("fusion")) {
        fusion(lexical);
      }
      if (phase.contains("all") || phase.contains("headings")) {
        for (float[] b : new float[][] {{0.1f, 0}, {0.2f, 0}, {0.3f, 0}, {0.5f, 0}, {0, 0.1f}, {0, 0.2f}, {0, 0.3f}, {0, 0.5f}}) {
          Map<String, List<RankedHit>> withHeadings = lexical(searcher, analyzer, fields(b[0], b[1]), 100);
          t.report(String.format("bm25 only parent=%.1f ancestors=%.1f", b[0], b[1]), rank(q -> ids(withHeadings.get(q))));
          t.report(String.format("hybrid d100 w0.3 parent=%.1f ancestors=%.1f", b[0], b[1]), rank(q -> Fusion.linear(
              List.of(withHeadings.get(q), ObliqaRecallTuning.top(dense.get(q), 100)), new float[] {0.7f, 0.3f}, false)));
        }
      }
      if (phase.contains("all") || phase.contains("prior")) {
        prior(lexical);
      }
      if (phase.contains("all") || phase.contains("fill")) {
        fill(lexical);
      }
      if (phase.contains("all") || phase.contains("fill") || phase.contains("combo")) {
        for (String group : new String[] {"document", "section"}) {
          for (float lambda : new float[] {0.3f, 0.5f, 0.8f}) {
            for (float w : new float[] {0.3f, 0.4f}) {
              t.report(String.format("combo zscore d1000 w=%.1f + prior %s max %.1f", w, group, lambda), rank(q -> {
                List<RankedHit> fused = Fusion.sorted(Fusion.scores(List.of(lexical.get(q),
                    ObliqaRecallTuning.top(dense.get(q), 1000)), new float[] {1 - w, w}, true));
                return withPrior(unit(fused), group, "max", lambda);
              }));
              t.report(String.format("combo minmax d1000 w=%.1f + prior %s max %.1f", w, group, lambda), rank(q -> {
                List<RankedHit> fused = Fusion.sorted(Fusion.scores(List.of(lexical.get(q),
                    ObliqaRecallTuning.top(dense.get(q), 1000)), new float[] {1 - w, w}, false));
                return withPrior(fused, group, "max", lambda);
              }));
            }
          }
        }
      }
      if (phase.contains("depth")) {
        for (int[] d : new int[][] {{200, 200}, {500, 500}, {1000, 100}, {1000, 200}, {1000, 500}, {500, 200}}) {
          for (float w : new float[] {0.3f, 0.4f}) {
            for (boolean z : new boolean[] {false, true}) {
              t.report(String.format("%s lexical=%d dense=%d w=%.1f", z ? "zscore" : "minmax", d[0], d[1], w), rank(q -> Fusion.linear(
                  List.of(cut(lexical.get(q), d[0]), ObliqaRecallTuning.top(dense.get(q), d[1])), new float[] {1 - w, w}, z)));
            }
          }
        }
      }
      if (phase.contains("length")) {
        int[] words = t.passages.stream().mapToInt(p -> p.text().strip().split("\\s+").length).toArray();
        for (int shortest : new int[] {5, 8, 12, 20}) {
          for (float factor : new float[] {0f, 0.5f, 0.8f}) {
            t.report(String.format("length prior: <= %d words x %.1f (spread 200 0.4)", shortest, factor), rank(q -> {
              List<RankedHit> fused = Fusion.sorted(Fusion.scores(List.of(cut(lexical.get(q), 200),
                  ObliqaRecallTuning.top(dense.get(q), 200)), new float[] {0.6f, 0.4f}, true));
              Map<Integer, Float> rescored = new HashMap<>();
              fused.forEach(h -> rescored.put(h.luceneDocId(), words[h.luceneDocId()] <= shortest ? h.score() * factor : h.score()));
              return ids(Fusion.sorted(rescored));
            }));
          }
        }
      }
      if (phase.contains("qprefix")) {
        org.reggraph.search.semantic.PassageEmbedder embedder = new org.reggraph.search.semantic.PassageEmbedder();
        Map<String, float[]> asPassage = new HashMap<>();
        t.queries.forEach((q, text) -> asPassage.put(q, embedder.embedPassage(text)));
        for (float mix : new float[] {1f, 0.5f}) {
          for (float w : new float[] {0.3f, 0.4f}) {
            t.report(String.format("question embedded as a passage, mix %.1f with the query form, w %.1f (spread 200)", mix, w), rank(q -> {
              float[] v = t.queryVectors.get(q).clone();
              float[] p = asPassage.get(q);
              for (int j = 0; j < v.length; j++) {
                v[j] = (1 - mix) * v[j] + mix * p[j];
              }
              return Fusion.linear(List.of(cut(lexical.get(q), 200), ObliqaRecallTuning.top(t.denseScores(v), 200)),
                  new float[] {1 - w, w}, true);
            }));
          }
        }
      }
      if (phase.contains("densecontext")) {
        // Passages embedded again with their parent passage's text in front (same DocumentID, PassageID prefix).
        org.reggraph.search.semantic.PassageEmbedder embedder = new org.reggraph.search.semantic.PassageEmbedder();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < t.passages.size(); i++) {
          texts.add(t.parentText[i].isEmpty() ? t.passages.get(i).text() : t.parentText[i] + "\n" + t.passages.get(i).text());
        }
        long embedStart = System.nanoTime();
        List<float[]> vectors = embedder.embedPassages(texts);
        System.out.printf("re-embedded %d passages in %.0f s%n", vectors.size(), (System.nanoTime() - embedStart) / 1e9);
        for (int i = 0; i < vectors.size(); i++) {
          t.passageVectors[i] = vectors.get(i);
        }
        for (float w : new float[] {0.3f, 0.4f, 0.5f}) {
          t.report(String.format("dense over parent + passage text, w %.1f (spread 200)", w), rank(q -> Fusion.linear(
              List.of(cut(lexical.get(q), 200), ObliqaRecallTuning.top(t.denseScores(t.queryVectors.get(q)), 200)),
              new float[] {1 - w, w}, true)));
        }
        t.report("dense over parent + passage text, dense only", rank(q -> ids(ObliqaRecallTuning.top(t.denseScores(t.queryVectors.get(q)), 10))));
      }
      if (phase.equals("rm3")) {
        rm3(searcher, analyzer, lexical);
      }
      if (phase.contains("denseonly")) {
        t.report("dense only (exact)", rank(q -> ids(ObliqaRecallTuning.top(dense.get(q), 10))));
      }
      if (phase.contains("oracle")) {
        for (int k : new int[] {10, 20, 30, 50, 100, 200}) {
          int kk = k;
          Map<String, List<Integer>> r = rank(q -> Fusion.linear(List.of(cut(lexical.get(q), 100),
              ObliqaRecallTuning.top(dense.get(q), 100)), new float[] {0.7f, 0.3f}, false));
          t.report("fused recall at " + k + " (as R@10 of a perfect reorder)", oracle(r, kk));
        }
      }
      if (phase.contains("all") || phase.contains("prf")) {
        densePrf(lexical);
      }
    }
  }

  private void fusion(Map<String, List<RankedHit>> lexical) {
    for (int depth : new int[] {100, 50, 200, 1000}) {
      for (float w : new float[] {0.3f, 0.4f}) {
        int d = depth;
        t.report(String.format("minmax depth=%d w=%.2f", depth, w), rank(q -> Fusion.linear(
            List.of(cut(lexical.get(q), d), ObliqaRecallTuning.top(dense.get(q), d)), new float[] {1 - w, w}, false)));
      }
    }
    for (int depth : new int[] {100, 1000}) {
      for (float w : new float[] {0.3f, 0.4f, 0.5f}) {
        int d = depth;
        t.report(String.format("zscore depth=%d w=%.2f", depth, w), rank(q -> Fusion.linear(
            List.of(cut(lexical.get(q), d), ObliqaRecallTuning.top(dense.get(q), d)), new float[] {1 - w, w}, true)));
      }
    }
  }

  /** Passages re-scored with the best fused scores of their document (or parent section). */
  private void prior(Map<String, List<RankedHit>> lexical) {
    for (String group : new String[] {"document", "section"}) {
      for (String agg : new String[] {"max", "sum3", "sum10"}) {
        for (float lambda : new float[] {0.1f, 0.2f, 0.3f, 0.5f}) {
          t.report(String.format("prior %s %s lambda=%.1f", group, agg, lambda), rank(q -> {
            List<RankedHit> fused = Fusion.sorted(Fusion.scores(List.of(cut(lexical.get(q), 100),
                ObliqaRecallTuning.top(dense.get(q), 100)), new float[] {0.7f, 0.3f}, false));
            return withPrior(fused, group, agg, lambda);
          }));
        }
      }
    }
  }

  private String groupOf(int doc, String group) {
    return group.equals("document") ? t.passages.get(doc).document()
        : t.passages.get(doc).document() + "|" + t.parentIndex[doc];
  }

  List<Integer> withPrior(List<RankedHit> fused, String group, String agg, float lambda) {
    Map<String, List<Float>> byGroup = new HashMap<>();
    for (RankedHit h : fused) {
      byGroup.computeIfAbsent(groupOf(h.luceneDocId(), group), g -> new ArrayList<>()).add(h.score());
    }
    Map<String, Float> groupScore = new HashMap<>();
    float best = 0;
    for (Map.Entry<String, List<Float>> e : byGroup.entrySet()) {
      int n = agg.equals("max") ? 1 : agg.equals("sum3") ? 3 : 10;
      float s = 0;
      for (int i = 0; i < Math.min(n, e.getValue().size()); i++) {
        s += e.getValue().get(i);
      }
      groupScore.put(e.getKey(), s);
      best = Math.max(best, s);
    }
    Map<Integer, Float> rescored = new HashMap<>();
    for (RankedHit h : fused) {
      rescored.put(h.luceneDocId(), h.score() + lambda * groupScore.get(groupOf(h.luceneDocId(), group)) / best);
    }
    return ids(Fusion.sorted(rescored));
  }

  /** Dense pseudo-relevance feedback: the query vector moved towards the mean of the top fused passages. */
  private void densePrf(Map<String, List<RankedHit>> lexical) {
    for (int k : new int[] {1, 3, 5}) {
      for (float beta : new float[] {0.3f, 0.6f, 1f}) {
        for (float w : new float[] {0.3f, 0.4f}) {
          t.report(String.format("dense prf k=%d beta=%.1f w=%.1f", k, beta, w), rank(q -> {
            List<RankedHit> fused = Fusion.sorted(Fusion.scores(List.of(cut(lexical.get(q), 100),
                ObliqaRecallTuning.top(dense.get(q), 100)), new float[] {0.7f, 0.3f}, false));
            float[] v = t.queryVectors.get(q).clone();
            for (int i = 0; i < k; i++) {
              float[] p = t.passageVectors[fused.get(i).luceneDocId()];
              for (int j = 0; j < v.length; j++) {
                v[j] += beta / k * p[j];
              }
            }
            return Fusion.linear(List.of(cut(lexical.get(q), 100), ObliqaRecallTuning.top(t.denseScores(v), 100)),
                new float[] {1 - w, w}, false);
          }));
        }
      }
    }
  }

  /** The first k of each ranking with the gold ones moved to the front: its R@10 is recall at k (capped by 10). */
  Map<String, List<Integer>> oracle(Map<String, List<Integer>> rankings, int k) {
    Map<String, List<Integer>> result = new LinkedHashMap<>();
    rankings.forEach((q, docs) -> {
      List<Integer> head = new ArrayList<>(docs.subList(0, Math.min(k, docs.size())));
      head.sort((a, b) -> Boolean.compare(t.scorer.isRelevant(q, t.passages.get(b).id()), t.scorer.isRelevant(q, t.passages.get(a).id())));
      result.put(q, head);
    });
    return result;
  }

  /**
   * Fusion over the union of both top-100 lists where each candidate keeps its real score on the side
   * that did not retrieve it (BM25 from the depth-1000 list, else the list's floor; exact cosine),
   * normalised by that side's top-100 min and max, optionally clipped at zero.
   */
  private void fill(Map<String, List<RankedHit>> lexical) {
    for (boolean clip : new boolean[] {false, true}) {
      for (float w : new float[] {0.3f, 0.4f, 0.5f}) {
        for (int depth : new int[] {100, 200}) {
          t.report(String.format("filled depth=%d w=%.2f clip=%s", depth, w, clip), rank(q -> filled(lexical.get(q), dense.get(q), depth, w, clip)));
        }
      }
    }
  }

  List<Integer> filled(List<RankedHit> lexicalDeep, float[] denseAll, int depth, float w, boolean clip) {
    List<RankedHit> lex = cut(lexicalDeep, depth);
    List<RankedHit> den = ObliqaRecallTuning.top(denseAll, depth);
    Map<Integer, Float> bm25 = new HashMap<>();
    for (RankedHit h : lexicalDeep) {
      bm25.put(h.luceneDocId(), h.score());
    }
    float lmax = lex.isEmpty() ? 1 : lex.get(0).score();
    float lmin = lex.isEmpty() ? 0 : lex.get(lex.size() - 1).score();
    float floor = lexicalDeep.isEmpty() ? 0 : lexicalDeep.get(lexicalDeep.size() - 1).score();
    float dmax = den.get(0).score();
    float dmin = den.get(den.size() - 1).score();
    Map<Integer, Float> scores = new HashMap<>();
    Set<Integer> union = new HashSet<>();
    lex.forEach(h -> union.add(h.luceneDocId()));
    den.forEach(h -> union.add(h.luceneDocId()));
    for (int d : union) {
      float l = (bm25.getOrDefault(d, Math.min(floor, lmin)) - lmin) / Math.max(1e-6f, lmax - lmin);
      float v = (denseAll[d] - dmin) / Math.max(1e-6f, dmax - dmin);
      if (clip) {
        l = Math.max(0, l);
        v = Math.max(0, v);
      }
      scores.put(d, (1 - w) * l + w * v);
    }
    return ids(Fusion.sorted(scores));
  }

  /** Scores divided by the best, so a prior's weight means the same whatever the fusion's scale. */
  static List<RankedHit> unit(List<RankedHit> hits) {
    float best = hits.isEmpty() ? 1 : hits.get(0).score();
    return hits.stream().map(h -> new RankedHit(h.luceneDocId(), h.score() / best)).toList();
  }

  /**
   * RM3-style lexical feedback: terms of the top k fused passages, weighted by the passage's share of the
   * fused score times the term's share of the passage, the best {@code terms} of them added to the
   * question's BM25 query with total weight 1 - alpha; then fused with dense as tuned (200, spread, 0.4).
   */
  private void rm3(IndexSearcher searcher, Analyzer analyzer, Map<String, List<RankedHit>> lexical) throws IOException {
    HybridRetriever base = new HybridRetriever(analyzer, fields(0, 0), "vector", null, new HybridRetriever.Settings(200, null));
    Map<Integer, Map<String, Integer>> termCache = new HashMap<>();
    t.report("rm3 baseline (no feedback) spread 200 0.4", rank(q -> Fusion.linear(List.of(cut(lexical.get(q), 200),
        ObliqaRecallTuning.top(dense.get(q), 200)), new float[] {0.6f, 0.4f}, true)));
    for (int k : new int[] {3, 10}) {
      for (int terms : new int[] {10, 30}) {
        for (float alpha : new float[] {0.5f, 0.7f, 0.85f}) {
          Map<String, List<Integer>> rankings = new LinkedHashMap<>();
          for (Map.Entry<String, String> q : t.queries.entrySet()) {
            List<RankedHit> top200dense = ObliqaRecallTuning.top(dense.get(q.getKey()), 200);
            List<RankedHit> fused = Fusion.sorted(Fusion.scores(List.of(cut(lexical.get(q.getKey()), 200), top200dense),
                new float[] {0.6f, 0.4f}, true));
            Map<String, Float> weights = new HashMap<>();
            float total = 0;
            for (int i = 0; i < Math.min(k, fused.size()); i++) {
              total += fused.get(i).score();
            }
            for (int i = 0; i < Math.min(k, fused.size()); i++) {
              int doc = fused.get(i).luceneDocId();
              Map<String, Integer> tf = termCache.computeIfAbsent(doc, d -> termsOf(analyzer, t.passages.get(d).text()));
              int length = tf.values().stream().mapToInt(Integer::intValue).sum();
              float share = fused.get(i).score() / total;
              tf.forEach((term, n) -> weights.merge(term, share * n / length, Float::sum));
            }
            List<Map.Entry<String, Float>> best = new ArrayList<>(weights.entrySet());
            best.sort(Map.Entry.<String, Float>comparingByValue().reversed());
            best = best.subList(0, Math.min(terms, best.size()));
            float sum = (float) best.stream().mapToDouble(Map.Entry::getValue).sum();
            Query original = base.lexicalQuery(q.getValue(), null);
            BooleanQuery.Builder expanded = new BooleanQuery.Builder();
            if (original != null) {
              expanded.add(new BoostQuery(original, alpha), BooleanClause.Occur.SHOULD);
            }
            for (Map.Entry<String, Float> e : best) {
              expanded.add(new BoostQuery(new TermQuery(
                  new Term(ObliqaRecallTuning.TEXT, e.getKey())), (1 - alpha) * e.getValue() / sum * terms),
                  BooleanClause.Occur.SHOULD);
            }
            List<RankedHit> lex = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(expanded.build(), 200).scoreDocs) {
              lex.add(new RankedHit(sd.doc, sd.score));
            }
            rankings.put(q.getKey(), Fusion.linear(List.of(lex, top200dense), new float[] {0.6f, 0.4f}, true));
          }
          t.report(String.format("rm3 k=%d terms=%d alpha=%.2f (+ dense spread 200 0.4)", k, terms, alpha), rankings);
        }
      }
    }
  }

  private static Map<String, Integer> termsOf(Analyzer analyzer, String text) {
    Map<String, Integer> tf = new HashMap<>();
    try (TokenStream stream = analyzer.tokenStream(ObliqaRecallTuning.TEXT, text)) {
      CharTermAttribute term =
          stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tf.merge(term.toString(), 1, Integer::sum);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tf;
  }

  static List<Integer> ids(List<RankedHit> hits) {
    return hits.stream().map(RankedHit::luceneDocId).toList();
  }

  interface Ranker {
    List<Integer> rank(String qid);
  }

  Map<String, List<Integer>> rank(Ranker ranker) {
    Map<String, List<Integer>> rankings = new LinkedHashMap<>();
    for (String q : t.queries.keySet()) {
      rankings.put(q, ranker.rank(q));
    }
    return rankings;
  }

  static List<RankedHit> cut(List<RankedHit> hits, int depth) {
    return hits.size() > depth ? hits.subList(0, depth) : hits;
  }

  /** BM25 text + pairs at depth 1000 for every question, from the same cache as the sweeps. */
  Map<String, List<RankedHit>> lexicalLists() throws IOException {
    Analyzer analyzer = ObliqaRecallTuning.analyzer();
    try (Directory dir = t.build(analyzer, i -> t.parentText[i], i -> t.ancestorText[i]);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return cachedLexical(ObliqaRecallTuning.searcher(reader), analyzer);
    }
  }

  /** BM25 text + pairs at depth 1000, cached in the system temp folder between runs (the sweeps' slow part). */
  private Map<String, List<RankedHit>> cachedLexical(IndexSearcher searcher, Analyzer analyzer) throws IOException {
    Path cache = Path.of(System.getProperty("java.io.tmpdir"),
        "obliqa-lexical-" + t.queries.size() + ".bin");
    Map<String, List<RankedHit>> result = new HashMap<>();
    if (Files.exists(cache)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String q = in.readUTF();
          int size = in.readInt();
          List<RankedHit> hits = new ArrayList<>(size);
          for (int j = 0; j < size; j++) {
            hits.add(new RankedHit(in.readInt(), in.readFloat()));
          }
          result.put(q, hits);
        }
      }
      return result;
    }
    result = lexical(searcher, analyzer, fields(0, 0), 1000);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
      out.writeInt(result.size());
      for (Map.Entry<String, List<RankedHit>> e : result.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().size());
        for (RankedHit h : e.getValue()) {
          out.writeInt(h.luceneDocId());
          out.writeFloat(h.score());
        }
      }
    }
    return result;
  }

  static Map<String, Float> fields(float parent, float ancestors) {
    Map<String, Float> fields = new LinkedHashMap<>();
    fields.put(ObliqaRecallTuning.TEXT, 1f);
    fields.put(ObliqaRecallTuning.BIGRAMS, 0.3f);
    fields.put(ObliqaRecallTuning.PARENT, parent);
    fields.put(ObliqaRecallTuning.ANCESTORS, ancestors);
    return fields;
  }

  Map<String, List<RankedHit>> lexical(IndexSearcher searcher, Analyzer analyzer, Map<String, Float> fields, int depth)
      throws IOException {
    HybridRetriever retriever = new HybridRetriever(analyzer, fields, "vector", null, new HybridRetriever.Settings(depth, null));
    Map<String, List<RankedHit>> result = new HashMap<>();
    for (Map.Entry<String, String> q : t.queries.entrySet()) {
      result.put(q.getKey(), retriever.lexical(searcher, q.getValue(), null, depth));
    }
    return result;
  }

  /** Score fusion over doc numbers. */
  static final class Fusion {
    static Map<Integer, Float> scores(List<List<RankedHit>> lists, float[] weights, boolean zscore) {
      Map<Integer, Float> scores = new HashMap<>();
      for (int l = 0; l < lists.size(); l++) {
        List<RankedHit> list = lists.get(l);
        if (list.isEmpty() || weights[l] == 0) {
          continue;
        }
        double sum = 0;
        double sq = 0;
        float max = Float.NEGATIVE_INFINITY;
        float min = Float.POSITIVE_INFINITY;
        for (RankedHit h : list) {
          sum += h.score();
          sq += (double) h.score() * h.score();
          max = Math.max(max, h.score());
          min = Math.min(min, h.score());
        }
        double mean = sum / list.size();
        double sd = Math.sqrt(Math.max(1e-12, sq / list.size() - mean * mean));
        for (RankedHit h : list) {
          float n = zscore ? (float) ((h.score() - min) / sd) : (max > min ? (h.score() - min) / (max - min) : 1f);
          scores.merge(h.luceneDocId(), weights[l] * n, Float::sum);
        }
      }
      return scores;
    }

    static List<RankedHit> sorted(Map<Integer, Float> scores) {
      List<RankedHit> hits = new ArrayList<>(scores.size());
      scores.forEach((d, s) -> hits.add(new RankedHit(d, s)));
      hits.sort((a, b) -> a.score() != b.score() ? Float.compare(b.score(), a.score()) : Integer.compare(a.luceneDocId(), b.luceneDocId()));
      return hits;
    }

    static List<Integer> linear(List<List<RankedHit>> lists, float[] weights, boolean zscore) {
      return sorted(scores(lists, weights, zscore)).stream().map(RankedHit::luceneDocId).toList();
    }
  }
}
