package org.reggraph.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reggraph.search.semantic.QuestionAdapter;

/**
 * The trainer that writes the shipped question adapter, on a problem built here: questions are their
 * answer passage seen through a fixed linear distortion plus noise, so a linear map can undo most of it.
 */
class QueryAdapterTrainerTest {

  private static final int DIMENSION = 16;

  @Test
  void learntMapFindsAnswersTheRawQuestionsMiss() {
    Random random = new Random(3);
    float[][] passages = new float[300][];
    for (int p = 0; p < passages.length; p++) {
      passages[p] = unit(gaussian(random, 1f));
    }
    float[] distortion = new float[DIMENSION * DIMENSION];
    for (int i = 0; i < distortion.length; i++) {
      distortion[i] = (i / DIMENSION == i % DIMENSION ? 1f : 0f) + (float) random.nextGaussian() * 0.45f;
    }
    List<QueryAdapterTrainer.Example> train = new ArrayList<>();
    List<float[]> heldQuestions = new ArrayList<>();
    List<Integer> heldAnswers = new ArrayList<>();
    for (int q = 0; q < 900; q++) {
      int answer = random.nextInt(passages.length);
      float[] question = unit(add(multiply(distortion, passages[answer]), gaussian(random, 0.05f)));
      if (q < 600) {
        int[] candidates = new int[passages.length];
        for (int p = 0; p < candidates.length; p++) {
          candidates[p] = p;
        }
        train.add(new QueryAdapterTrainer.Example(question, new int[] {answer}, candidates));
      } else {
        heldQuestions.add(question);
        heldAnswers.add(answer);
      }
    }
    float[] a = new QueryAdapterTrainer(passages).train(train,
        new QueryAdapterTrainer.Settings(0.05f, 0.01f, 0f, 30, 32, 7), (epoch, m) -> { });
    QuestionAdapter adapter = QuestionAdapter.of(DIMENSION, a);

    int rawHits = 0;
    int adaptedHits = 0;
    for (int q = 0; q < heldQuestions.size(); q++) {
      rawHits += nearest(passages, heldQuestions.get(q)) == heldAnswers.get(q) ? 1 : 0;
      adaptedHits += nearest(passages, adapter.apply(heldQuestions.get(q))) == heldAnswers.get(q) ? 1 : 0;
    }
    int raw = rawHits;
    int adapted = adaptedHits;
    // measured: raw 20, adapted 300 of 300
    assertTrue(raw < 100 && adapted >= 270, () -> "held-out questions answered first: raw " + raw + ", adapted " + adapted
        + " of " + heldQuestions.size());
  }

  private static int nearest(float[][] passages, float[] question) {
    int best = -1;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (int p = 0; p < passages.length; p++) {
      float score = QueryAdapterTrainer.dot(passages[p], question);
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    return best;
  }

  private static float[] gaussian(Random random, float scale) {
    float[] v = new float[DIMENSION];
    for (int j = 0; j < DIMENSION; j++) {
      v[j] = (float) random.nextGaussian() * scale;
    }
    return v;
  }

  private static float[] multiply(float[] matrix, float[] v) {
    float[] out = new float[DIMENSION];
    for (int r = 0; r < DIMENSION; r++) {
      for (int k = 0; k < DIMENSION; k++) {
        out[r] += matrix[r * DIMENSION + k] * v[k];
      }
    }
    return out;
  }

  private static float[] add(float[] x, float[] y) {
    float[] out = new float[DIMENSION];
    for (int j = 0; j < DIMENSION; j++) {
      out[j] = x[j] + y[j];
    }
    return out;
  }

  private static float[] unit(float[] v) {
    float norm = (float) Math.sqrt(QueryAdapterTrainer.dot(v, v));
    float[] out = new float[DIMENSION];
    for (int j = 0; j < DIMENSION; j++) {
      out[j] = v[j] / norm;
    }
    return out;
  }
}
