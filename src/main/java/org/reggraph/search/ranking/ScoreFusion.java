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
 * ignores scores, and a weighted sum of scores min-max normalised per query, which keeps how far
 * apart the hits are. A document missing from one list scores zero on that side.
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

  /** Score = (1 - denseWeight) * normalised lexical + denseWeight * normalised dense. */
  record Linear(float denseWeight) implements ScoreFusion {
    @Override
    public List<RankedHit> fuse(List<RankedHit> lexical, List<RankedHit> dense, int top) {
      Map<Integer, Float> scores = new HashMap<>();
      addNormalised(lexical, 1 - denseWeight, scores);
      addNormalised(dense, denseWeight, scores);
      return best(scores, top);
    }

    private static void addNormalised(List<RankedHit> ranking, float weight, Map<Integer, Float> scores) {
      if (ranking.isEmpty()) {
        return;
      }
      float max = Float.NEGATIVE_INFINITY;
      float min = Float.POSITIVE_INFINITY;
      for (RankedHit hit : ranking) {
        max = Math.max(max, hit.score());
        min = Math.min(min, hit.score());
      }
      float range = max - min;
      for (RankedHit hit : ranking) {
        // A list whose scores are all equal says nothing about order: every hit gets the full weight.
        float normalised = range > 0 ? (hit.score() - min) / range : 1f;
        scores.merge(hit.luceneDocId(), weight * normalised, Float::sum);
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
