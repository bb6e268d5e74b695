package org.reggraph.search.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {

  /** Splits on b at 0.5: left leaf 1, right splits on a at 2: leaves -1 and 3. */
  private static final TreeEnsemble.Tree TREE = new TreeEnsemble.Tree(
      new int[] {1, -1, 0, -1, -1, -1, -1}, new float[] {0.5f, 0, 2f, 0, 0, 0, 0},
      new float[] {0, 1f, 0, 0, 0, -1f, 3f});

  @Test
  void scoreIsTheFirstFeaturePlusEveryTreesLeaf() {
    TreeEnsemble model = new TreeEnsemble(List.of("a", "b"), List.of(TREE, TREE));
    assertEquals(10f + 2 * 1f, model.score(new float[] {10f, 0.5f}));
    assertEquals(1.5f + 2 * -1f, model.score(new float[] {1.5f, 0.7f}));
    assertEquals(2.5f + 2 * 3f, model.score(new float[] {2.5f, 0.7f}));
  }

  @Test
  void theAverageOfModelsScoresTheMeanOfTheirScores() {
    TreeEnsemble one = new TreeEnsemble(List.of("a", "b"), List.of(TREE));
    TreeEnsemble two = new TreeEnsemble(List.of("a", "b"), List.of(TREE, TREE, TREE));
    TreeEnsemble mean = TreeEnsemble.average(List.of(one, two));
    assertEquals(4, mean.size());
    for (float[] x : new float[][] {{10f, 0.5f}, {1.5f, 0.7f}, {2.5f, 0.7f}}) {
      assertEquals((one.score(x) + two.score(x)) / 2, mean.score(x), 1e-6);
    }
    assertThrows(IllegalArgumentException.class,
        () -> TreeEnsemble.average(List.of(one, new TreeEnsemble(List.of("a", "c"), List.of(TREE)))));
  }

  @Test
  void writtenModelReadsBackTheSame() throws IOException {
    TreeEnsemble model = new TreeEnsemble(List.of("a", "b"), List.of(TREE, new TreeEnsemble.Tree(
        new int[] {0, -1, -1}, new float[] {0.1f + 0.2f, 0, 0}, new float[] {0, 1e-7f, -123.456f})));
    StringWriter text = new StringWriter();
    model.write(text);
    TreeEnsemble read = TreeEnsemble.read(new StringReader(text.toString()), "model.txt");
    assertEquals(List.of("a", "b"), read.featureNames());
    assertEquals(2, read.size());
    for (float[] x : new float[][] {{0.3f, 0}, {0.30000001f, 0.9f}, {5f, 0.2f}, {-1f, 1f}}) {
      assertEquals(model.score(x), read.score(x));
    }
  }

  @Test
  void aBadNodeIsAnErrorNamingFileAndLine() {
    IOException e = assertThrows(IOException.class,
        () -> TreeEnsemble.read(new StringReader("features\ta\tb\n=1\n2<=0.5 =1 =2\n"), "model.txt"));
    assertTrue(e.getMessage().startsWith("model.txt:3: "), e.getMessage());
    IOException noHeader = assertThrows(IOException.class,
        () -> TreeEnsemble.read(new StringReader("=1\n"), "model.txt"));
    assertTrue(noHeader.getMessage().contains("model.txt"), noHeader.getMessage());
  }

  @Test
  void theShippedModelScoresTheFeaturesTheServiceComputes() {
    TreeEnsemble shipped = LearntReranker.shippedModel();
    assertEquals(RerankFeatures.NAMES, shipped.featureNames());
    assertEquals(200, shipped.size());
  }
}
