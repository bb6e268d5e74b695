package org.reggraph.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the real in-process model (loaded from the classpath jar; no network). */
class PassageEmbedderTest {

  private static final PassageEmbedder EMBEDDER = new PassageEmbedder();

  @Test
  void vectorsAreUnitLengthAndOfTheModelsSize() {
    float[] vector = EMBEDDER.embedPassage("A Relevant Person must report suspicious transactions.");
    assertEquals(PassageEmbedder.DIMENSION, vector.length);
    assertEquals(1.0, dot(vector, vector), 1e-3);
  }

  @Test
  void questionIsNearerItsAnswerThanAnUnrelatedPassage() {
    List<float[]> passages = EMBEDDER.embedPassages(List.of(
        "A Relevant Person must file a suspicious activity report with the Financial Intelligence Unit.",
        "The annual fee for a Representative Office is payable on the first day of the financial year."));
    float[] question = EMBEDDER.embedQuery("Where should a firm report suspicious activity?");
    assertTrue(dot(question, passages.get(0)) > dot(question, passages.get(1)) + 0.05,
        "answer " + dot(question, passages.get(0)) + " vs unrelated " + dot(question, passages.get(1)));
  }

  @Test
  void batchGivesTheSameVectorsAsOneByOne() {
    List<String> texts = List.of("Rule 1.3.3 applies.", "Chapter 14 of the AML Rulebook.");
    List<float[]> batch = EMBEDDER.embedPassages(texts);
    assertEquals(2, batch.size());
    assertEquals(1.0, dot(batch.get(1), EMBEDDER.embedPassage(texts.get(1))), 1e-4);
  }

  @Test
  void semanticModeEmbedsPassagesOnlyByDefault() {
    assertTrue(SemanticMode.PASSAGES.embeds("passage"));
    assertTrue(!SemanticMode.PASSAGES.embeds("directive"));
    assertTrue(SemanticMode.ALL.embeds("news"));
    assertTrue(!SemanticMode.OFF.embeds("passage"));
    assertEquals(SemanticMode.ALL, SemanticMode.parse(" All "));
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
