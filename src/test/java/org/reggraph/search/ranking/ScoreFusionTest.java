package org.reggraph.search.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreFusionTest {

  private final List<RankedHit> lexical = List.of(new RankedHit(1, 12f), new RankedHit(2, 9f), new RankedHit(3, 3f));
  private final List<RankedHit> dense = List.of(new RankedHit(3, 0.9f), new RankedHit(4, 0.8f), new RankedHit(1, 0.5f));

  @Test
  void reciprocalRankRewardsDocumentsBothSidesFound() {
    List<RankedHit> fused = new ScoreFusion.ReciprocalRank(60).fuse(lexical, dense, 10);
    assertEquals(List.of(1, 3, 2, 4), fused.stream().map(RankedHit::luceneDocId).toList());
    assertEquals(1f / 61 + 1f / 63, fused.get(0).score(), 1e-6);
  }

  @Test
  void linearNormalisesEachListBeforeWeighting() {
    List<RankedHit> fused = new ScoreFusion.Linear(0.5f).fuse(lexical, dense, 10);
    // lexical min-max: 1 -> 1, 2 -> 2/3, 3 -> 0; dense: 3 -> 1, 4 -> 0.75, 1 -> 0. Ties go to the lower doc id.
    assertEquals(List.of(1, 3, 4, 2), fused.stream().map(RankedHit::luceneDocId).toList());
    assertEquals(0.5f, fused.get(0).score(), 1e-6);
    assertEquals(0.375f, fused.get(2).score(), 1e-6);
    assertEquals(1f / 3, fused.get(3).score(), 1e-6);
  }

  @Test
  void linearWithFullDenseWeightIsTheDenseRanking() {
    List<RankedHit> fused = new ScoreFusion.Linear(1f).fuse(lexical, dense, 3);
    assertEquals(List.of(3, 4, 1), fused.stream().map(RankedHit::luceneDocId).toList());
  }

  @Test
  void cutsToTop() {
    assertEquals(2, new ScoreFusion.ReciprocalRank(60).fuse(lexical, dense, 2).size());
  }

  @Test
  void emptyDenseSideLeavesLexicalOrder() {
    List<RankedHit> fused = new ScoreFusion.Linear(0.5f).fuse(lexical, List.of(), 10);
    assertEquals(List.of(1, 2, 3), fused.stream().map(RankedHit::luceneDocId).toList());
  }

  @Test
  void spreadLetsAClearLeaderOutweighANarrowOne() {
    List<RankedHit> lexicalWithLeader = List.of(new RankedHit(1, 30f), new RankedHit(2, 10f), new RankedHit(3, 9f),
        new RankedHit(4, 8f));
    List<RankedHit> denseNarrow = List.of(new RankedHit(3, 0.9f), new RankedHit(2, 0.85f), new RankedHit(5, 0.5f));
    // Min-max: 3 scores 0.5 * 1/22 + 0.5 * 1 = 0.52 and beats the lexical leader's 0.5.
    assertEquals(3, new ScoreFusion.Linear(0.5f).fuse(lexicalWithLeader, denseNarrow, 1).get(0).luceneDocId());
    // Spread: the lexical leader stands 2.4 standard deviations above its list's floor; 3 gets (0.1 + 2.2) / 2.
    List<RankedHit> spread = new ScoreFusion.Linear(0.5f, ScoreFusion.Scaling.SPREAD).fuse(lexicalWithLeader, denseNarrow, 5);
    assertEquals(List.of(1, 3, 2), spread.subList(0, 3).stream().map(RankedHit::luceneDocId).toList());
    double sd = Math.sqrt((900 + 100 + 81 + 64) / 4.0 - Math.pow(57 / 4.0, 2));
    assertEquals(0.5 * 22 / sd, spread.get(0).score(), 1e-4);
  }

  @Test
  void spreadOfEqualScoresGivesEveryHitFullWeight() {
    List<RankedHit> flat = List.of(new RankedHit(1, 2f), new RankedHit(2, 2f));
    List<RankedHit> fused = new ScoreFusion.Linear(0f, ScoreFusion.Scaling.SPREAD).fuse(flat, List.of(), 2);
    assertEquals(1f, fused.get(0).score(), 1e-6);
    assertEquals(1f, fused.get(1).score(), 1e-6);
  }
}
