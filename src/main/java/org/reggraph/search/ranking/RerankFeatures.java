package org.reggraph.search.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * What the learnt reranker knows of each of the first fused candidates of one question: how each side of
 * the fusion ranked it, how much of the question it holds and how close together, and what the rest of the
 * fused list says about its container, its section, its parent and its neighbours (a gold passage's
 * section and neighbours are usually retrieved too). The order of {@link #NAMES} is the order the model
 * file was trained on; the training harness computes its features with this same class.
 */
public final class RerankFeatures {

  public static final List<String> NAMES = List.of(
      "fused", "fused minus top", "log fused rank",
      "bm25 text", "bm25 pairs", "bm25 spread", "log bm25 rank",
      "e5 cosine", "e5 spread", "log e5 rank",
      "log words", "idf coverage", "pair coverage", "proximity",
      "in bm25 list", "in e5 list", "question terms",
      "container best minus top", "container hits in top 20", "section best minus top",
      "parent fused", "previous fused", "next fused", "parent e5 cosine");

  /** Ranks beyond the fused lists' depth are unknown: every missing rank counts as this one. */
  static final int RANK_CAP = 200;

  private final Analyzer questions;
  private final Analyzer texts;
  private final String textField;
  private final String pairsField;
  private final float pairsBoost;
  private final CandidateReader reader;

  /**
   * @param questions  reads the question, per field, as the retriever's lexical side does
   * @param texts      reads a candidate's stored text as the index did
   * @param textField  the analysed text; {@code pairsField} its word pairs, fused at {@code pairsBoost}
   */
  public RerankFeatures(Analyzer questions, Analyzer texts, String textField, String pairsField, float pairsBoost,
      CandidateReader reader) {
    this.questions = questions;
    this.texts = texts;
    this.textField = textField;
    this.pairsField = pairsField;
    this.pairsBoost = pairsBoost;
    this.reader = reader;
  }

  /** The features of the first {@code k} fused candidates, in fused order, {@code [candidate][feature]}. */
  public float[][] of(IndexSearcher searcher, CollectionStructure structure, HybridRetriever.Candidates lists,
      String question, float[] queryVector, int k) throws IOException {
    List<RankedHit> fused = lists.fused();
    int n = Math.min(k, fused.size());
    int[] docs = new int[n];
    for (int i = 0; i < n; i++) {
      docs[i] = fused.get(i).luceneDocId();
    }
    Map<Integer, Float> fusedScore = scores(fused);
    float top = fused.get(0).score();
    FusedAggregates aggregates = new FusedAggregates(fused, structure);

    float[] text = reader.fieldScores(searcher, questions, textField, question, docs);
    float[] pairs = reader.fieldScores(searcher, questions, pairsField, question, docs);
    // Each side's score as the fusion scales it, computed for every candidate (not only those on the list).
    ScoreFusion.Scale lexicalScale = ScoreFusion.Scaling.SPREAD.of(lists.lexical());
    ScoreFusion.Scale denseScale = ScoreFusion.Scaling.SPREAD.of(asCosines(lists.dense()));
    Map<Integer, Integer> lexicalRank = ranks(lists.lexical());
    Map<Integer, Integer> denseRank = ranks(lists.dense());
    int[] parents = new int[n];
    for (int i = 0; i < n; i++) {
      parents[i] = structure.parent(docs[i]);
    }
    float[] cosines = reader.cosines(searcher, queryVector, docs);
    float[] parentCosines = reader.cosines(searcher, queryVector, parents); // 0 where there is no parent
    List<String> texts = reader.texts(searcher, docs);
    Map<String, Float> idf = idf(searcher.getIndexReader(), question);
    float idfTotal = (float) idf.values().stream().mapToDouble(Float::doubleValue).sum();
    float[] pairCoverage = reader.termCoverage(searcher, pairsField, questionTokens(pairsField, question), docs);

    float[][] features = new float[n][NAMES.size()];
    for (int i = 0; i < n; i++) {
      int doc = docs[i];
      float[] f = features[i];
      float score = fusedScore.get(doc);
      f[0] = score;
      f[1] = score - top;
      f[2] = (float) Math.log1p(i);
      f[3] = text[i];
      f[4] = pairs[i];
      f[5] = lexicalScale.apply(text[i] + pairsBoost * pairs[i]);
      f[6] = logRank(lexicalRank, doc);
      f[7] = cosines[i];
      f[8] = denseScale.apply(cosines[i]);
      f[9] = logRank(denseRank, doc);
      Map<String, int[]> positions = positions(texts.get(i));
      f[10] = (float) Math.log1p(positions.values().stream().mapToInt(p -> p.length).sum());
      f[11] = idfTotal > 0 ? heldIdf(idf, positions) / idfTotal : 0;
      f[12] = pairCoverage[i];
      f[13] = proximity(idf.keySet(), positions);
      f[14] = lexicalRank.containsKey(doc) ? 1 : 0;
      f[15] = denseRank.containsKey(doc) ? 1 : 0;
      f[16] = idf.size();
      boolean inTop20 = i < FusedAggregates.TOP;
      f[17] = aggregates.containerBest(doc) - top;
      f[18] = aggregates.containerHitsInTop(doc) - (inTop20 ? 1 : 0);
      f[19] = aggregates.sectionBest(doc) - top;
      f[20] = fusedScoreOf(parents[i], fusedScore);
      f[21] = fusedScoreOf(structure.previous(doc), fusedScore);
      f[22] = fusedScoreOf(structure.next(doc), fusedScore);
      f[23] = parentCosines[i];
    }
    return features;
  }

  /** The fused score of a related provision; 0 when there is none (-1) or it was not fused. */
  private static float fusedScoreOf(int doc, Map<Integer, Float> fusedScore) {
    return doc < 0 ? 0 : fusedScore.getOrDefault(doc, 0f);
  }

  private static float logRank(Map<Integer, Integer> ranks, int doc) {
    return (float) Math.log1p(Math.min(ranks.getOrDefault(doc, RANK_CAP), RANK_CAP));
  }

  private static Map<Integer, Float> scores(List<RankedHit> hits) {
    Map<Integer, Float> scores = new HashMap<>();
    hits.forEach(hit -> scores.put(hit.luceneDocId(), hit.score()));
    return scores;
  }

  private static Map<Integer, Integer> ranks(List<RankedHit> hits) {
    Map<Integer, Integer> ranks = new HashMap<>();
    for (int i = 0; i < hits.size(); i++) {
      ranks.putIfAbsent(hits.get(i).luceneDocId(), i);
    }
    return ranks;
  }

  /** The question's distinct text terms with BM25's IDF. */
  private Map<String, Float> idf(IndexReader index, String question) throws IOException {
    Map<String, Float> idf = new LinkedHashMap<>();
    int documents = index.numDocs();
    for (String term : questionTokens(textField, question)) {
      int df = index.docFreq(new Term(textField, term));
      idf.put(term, (float) Math.log(1 + (documents - df + 0.5) / (df + 0.5)));
    }
    return idf;
  }

  private static float heldIdf(Map<String, Float> idf, Map<String, int[]> positions) {
    float held = 0;
    for (Map.Entry<String, Float> term : idf.entrySet()) {
      if (positions.containsKey(term.getKey())) {
        held += term.getValue();
      }
    }
    return held;
  }

  /** Matched distinct question terms over the shortest window holding all of them; 0 below two terms. */
  public static float proximity(Set<String> questionTerms, Map<String, int[]> positions) {
    List<int[]> lists = new ArrayList<>();
    for (String term : questionTerms) {
      int[] p = positions.get(term);
      if (p != null) {
        lists.add(p);
      }
    }
    if (lists.size() < 2) {
      return 0;
    }
    int[] cursor = new int[lists.size()];
    int best = Integer.MAX_VALUE;
    while (true) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      int argMin = -1;
      for (int l = 0; l < lists.size(); l++) {
        int p = lists.get(l)[cursor[l]];
        if (p < min) {
          min = p;
          argMin = l;
        }
        max = Math.max(max, p);
      }
      best = Math.min(best, max - min + 1);
      if (++cursor[argMin] >= lists.get(argMin).length) {
        return (float) lists.size() / best;
      }
    }
  }

  private Map<String, int[]> positions(String text) {
    return positions(texts, textField, text);
  }

  /** Each term of the text as {@code analyzer} reads {@code field}, with its token positions. */
  public static Map<String, int[]> positions(Analyzer analyzer, String field, String text) {
    Map<String, int[]> positions = new HashMap<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        positions.merge(term.toString(), new int[] {position}, RerankFeatures::concat);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse a candidate's text", e);
    }
    return positions;
  }

  /** A term's positions so far and its next one (terms repeat a few times in a passage: copying is cheap). */
  private static int[] concat(int[] earlier, int[] next) {
    int[] all = Arrays.copyOf(earlier, earlier.length + next.length);
    System.arraycopy(next, 0, all, earlier.length, next.length);
    return all;
  }

  private List<String> questionTokens(String field, String question) {
    return tokens(questions, field, question);
  }

  /** The terms of the text as {@code analyzer} reads {@code field}, in order, repeats kept. */
  public static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text", e);
    }
    return tokens;
  }

  /** Lucene's dot-product kNN scores are (1 + cosine) / 2: the dense list read back as cosines. */
  private static List<RankedHit> asCosines(List<RankedHit> dense) {
    return dense.stream().map(hit -> new RankedHit(hit.luceneDocId(), 2 * hit.score() - 1)).toList();
  }

  /** The best fused score of each container and section, and how many of the top 20 each container holds. */
  private static final class FusedAggregates {
    static final int TOP = 20;
    private final CollectionStructure structure;
    private final Map<Integer, Float> containerBest = new HashMap<>();
    private final Map<Long, Float> sectionBest = new HashMap<>();
    private final Map<Integer, Integer> containerTop = new HashMap<>();

    FusedAggregates(List<RankedHit> fused, CollectionStructure structure) {
      this.structure = structure;
      for (int i = 0; i < fused.size(); i++) {
        int doc = fused.get(i).luceneDocId();
        containerBest.merge(structure.container(doc), fused.get(i).score(), Math::max);
        sectionBest.merge(section(doc), fused.get(i).score(), Math::max);
        if (i < TOP) {
          containerTop.merge(structure.container(doc), 1, Integer::sum);
        }
      }
    }

    /** A section is a container's children of one parent (the parentless ones make one too). */
    private long section(int doc) {
      return ((long) structure.container(doc) << 32) | (structure.parent(doc) & 0xffffffffL);
    }

    float containerBest(int doc) {
      return containerBest.get(structure.container(doc));
    }

    int containerHitsInTop(int doc) {
      return containerTop.getOrDefault(structure.container(doc), 0);
    }

    float sectionBest(int doc) {
      return sectionBest.get(section(doc));
    }
  }
}
