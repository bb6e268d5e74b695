package org.reggraph.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the real in-process model (loaded from the classpath jar; no network). */
class PassageEmbedderTest {

  private static final PassageEmbedder EMBEDDER = new PassageEmbedder();

  @Test
  void vectorsAreUnitLengthAndOfTheModelsSize() {
    float[] vector = EMBEDDER.embedPassage("A Relevant Person must report suspicious transactions.");
    assertEquals(PassageEmbedder.DIMENSION, vector.length);
    assertEquals(1.0, dot(vector, vector), 1e-3);
  }

  static Stream<Arguments> embedders() {
    return Stream.of(Arguments.of("E5", EMBEDDER),
        Arguments.of("E5, questions mapped by the shipped adapter", new PassageEmbedder(QuestionAdapter.shipped())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("embedders")
  void questionIsNearerItsAnswerThanAnUnrelatedPassage(String name, PassageEmbedder embedder) {
    List<float[]> passages = embedder.embedPassages(List.of(
        "A Relevant Person must file a suspicious activity report with the Financial Intelligence Unit.",
        "The annual fee for a Representative Office is payable on the first day of the financial year."));
    float[] question = embedder.embedQuery("Where should a firm report suspicious activity?");
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
