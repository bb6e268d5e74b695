package org.reggraph.search.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a lexical and a dense ranking of the same index into one.
 *
 * <p>Two methods, both measured on ObliQA dev (docs/retrieval.md): reciprocal rank fusion, which
 * ignores scores, and a weighted sum of scores rescaled per query ({@link Scaling}), which keeps how
 * far apart the hits are. A document missing from one list scores zero on that side.
 */
public sealed interface ScoreFusion {

  List<RankedHit> fuse(List<RankedHit> lexical, List<RankedHit> dense, int top);

  /** Score = sum of 1 / (k + rank), rank counted from 1. */
  record ReciprocalRank(int k) implements ScoreFusion {
    @Override
    public List<RankedHit> fuse(List<RankedHit> lexical, List<RankedHit> dense, int top) {
      Map<Integer, Float> scores = new HashMap<>();
      addReciprocalRanks(lexical, scores);
      addReciprocalRanks(dense, scores);
      return best(scores, top);
    }

    private void addReciprocalRanks(List<RankedHit> ranking, Map<Integer, Float> scores) {
      for (int rank = 0; rank < ranking.size(); rank++) {
        scores.merge(ranking.get(rank).luceneDocId(), 1f / (k + rank + 1), Float::sum);
      }
    }
  }

  /** How a list's scores are put on a common scale before they are weighted and summed. */
  enum Scaling {
    /** (score - min) / (max - min): the top hit of each list gets 1, its last 0. */
    MIN_MAX,
    /**
     * (score - min) / standard deviation: the last hit still gets 0, but the unit is the spread of the
     * whole list, so a hit that stands far above the rest of its list counts for more than a top hit
     * that leads narrowly; min-max gives both the same 1. Measured better with deep lists (ObliQA dev).
     */
    SPREAD;

    /** The scale of one list: its minimum, and its unit as this scaling defines it. */
    public Scale of(List<RankedHit> ranking) {
      if (ranking.isEmpty()) {
        return new Scale(0, 0);
      }
      float max = Float.NEGATIVE_INFINITY;
      float min = Float.POSITIVE_INFINITY;
      double sum = 0;
      double squares = 0;
      for (RankedHit hit : ranking) {
        max = Math.max(max, hit.score());
        min = Math.min(min, hit.score());
        sum += hit.score();
        squares += (double) hit.score() * hit.score();
      }
      double mean = sum / ranking.size();
      float unit = this == MIN_MAX ? max - min : (float) Math.sqrt(Math.max(0, squares / ranking.size() - mean * mean));
      return new Scale(min, unit);
    }

    float[] scale(List<RankedHit> ranking) {
      Scale scale = of(ranking);
      float[] scaled = new float[ranking.size()];
      for (int i = 0; i < scaled.length; i++) {
        scaled[i] = scale.apply(ranking.get(i).score());
      }
      return scaled;
    }
  }

  /** (score - min) / unit, the scaled score of one list. */
  record Scale(float min, float unit) {
    public float apply(float score) {
      // A list whose scores are all equal says nothing about order: every hit gets the full weight.
      return unit > 0 ? (score - min) / unit : 1f;
    }
  }

  /**
   * Score = (1 - denseWeight) * scaled lexical + denseWeight * scaled dense, each list scaled per query
   * by {@code scaling}. A document missing from a list scores as that list's last hit.
   */
  record Linear(float denseWeight, Scaling scaling) implements ScoreFusion {
    /** Min-max scaling, as first tuned. */
    public Linear(float denseWeight) {
      this(denseWeight, Scaling.MIN_MAX);
    }

    @Override
    public List<RankedHit> fuse(List<RankedHit> lexical, List<RankedHit> dense, int top) {
      Map<Integer, Float> scores = new HashMap<>();
      addScaled(lexical, 1 - denseWeight, scores);
      addScaled(dense, denseWeight, scores);
      return best(scores, top);
    }

    private void addScaled(List<RankedHit> ranking, float weight, Map<Integer, Float> scores) {
      if (ranking.isEmpty()) {
        return;
      }
      float[] scaled = scaling.scale(ranking);
      for (int i = 0; i < scaled.length; i++) {
        scores.merge(ranking.get(i).luceneDocId(), weight * scaled[i], Float::sum);
      }
    }
  }

  private static List<RankedHit> best(Map<Integer, Float> scores, int top) {
    List<RankedHit> hits = new ArrayList<>(scores.size());
    scores.forEach((doc, score) -> hits.add(new RankedHit(doc, score)));
    // Ties broken by Lucene doc id so that runs are reproducible.
    hits.sort(Comparator.comparing(RankedHit::score).reversed().thenComparing(RankedHit::luceneDocId));
    return hits.size() > top ? List.copyOf(hits.subList(0, top)) : hits;
  }
}
