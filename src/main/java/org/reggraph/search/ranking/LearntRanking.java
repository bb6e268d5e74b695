package org.reggraph.search.ranking;

/**
 * Which learnt parts rank questions, both learnt from regulatory question-passage pairs (ObliQA) and both on
 * by default: the map applied to question vectors ({@link org.reggraph.search.semantic.QuestionAdapter}) and
 * the reranker of the fused top ({@link LearntReranker}). Either can be switched off for a collection far
 * from regulation. Both act only where passages have vectors.
 */
public record LearntRanking(boolean questionMap, boolean reranker) {

  public static LearntRanking all() {
    return new LearntRanking(true, true);
  }
}
