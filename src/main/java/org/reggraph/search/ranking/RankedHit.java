package org.reggraph.search.ranking;

import java.util.List;

/** One Lucene document in a ranking, with the score that put it there. */
public record RankedHit(int luceneDocId, float score) {

  /** The first {@code top} hits of a ranking. */
  static List<RankedHit> head(List<RankedHit> ranking, int top) {
    return ranking.size() > top ? List.copyOf(ranking.subList(0, top)) : ranking;
  }
}
