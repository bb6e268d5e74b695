package org.reggraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.reggraph.search.semantic.QuestionAdapter;

/**
 * Learns a linear map of question vectors, {@code q -> normalise(q + A q)}, so that a frozen embedding
 * model's questions land nearer their gold passages. The passages' vectors are left as indexed, so the
 * map costs one 384 x 384 product per question at search time and no re-embedding.
 *
 * <p>Loss: the negative log of the softmax mass on a question's gold passages, over its gold passages and
 * its hard negatives (the first {@code negatives} passages of the unadapted dense ranking), at a fixed
 * temperature. Adam on A, started at zero (the identity map), with L2 decay pulling A back to zero so the
 * map stays near the model it adapts.
 */
final class QueryAdapterTrainer {

  record Settings(float temperature, float learningRate, float weightDecay, int epochs, int batch, long seed) {}

  /** One training question: its vector, its gold passages and the passages it is contrasted with. */
  record Example(float[] question, int[] gold, int[] candidates) {}

  private final float[][] passages;
  private final int dim;

  QueryAdapterTrainer(float[][] passages) {
    this.passages = passages;
    this.dim = passages[0].length;
  }

  /** The learnt A, row-major (dim x dim); {@code afterEpoch} sees it after each epoch. */
  float[] train(List<Example> examples, Settings s, BiConsumer<Integer, float[]> afterEpoch) {
    float[] a = new float[dim * dim];
    float[] m = new float[a.length];
    float[] v = new float[a.length];
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(s.seed());
    int step = 0;
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      Collections.shuffle(order, random);
      for (int from = 0; from < order.size(); from += s.batch()) {
        List<Example> batch = order.subList(from, Math.min(order.size(), from + s.batch()));
        float[] grad = batchGradient(a, batch, s.temperature());
        step++;
        adam(a, grad, m, v, step, s);
      }
      afterEpoch.accept(epoch + 1, a);
    }
    return a;
  }

  /** The sum over the batch of dLoss/dA, each question's an outer product du q^T. */
  private float[] batchGradient(float[] a, List<Example> batch, float temperature) {
    QuestionAdapter current = QuestionAdapter.of(dim, a);
    float[][] du = IntStream.range(0, batch.size()).parallel()
        .mapToObj(i -> gradient(current, batch.get(i), temperature)).toArray(float[][]::new);
    float[] grad = new float[dim * dim];
    IntStream.range(0, dim).parallel().forEach(r -> {
      int row = r * dim;
      for (int i = 0; i < du.length; i++) {
        float g = du[i][r];
        float[] q = batch.get(i).question();
        for (int k = 0; k < dim; k++) {
          grad[row + k] += g * q[k];
        }
      }
    });
    return grad;
  }

  /** dLoss/du for one question, u = q + A q before normalisation (dLoss/dA is du q^T). */
  private float[] gradient(QuestionAdapter current, Example e, float temperature) {
    float[] u = current.unnormalised(e.question());
    float norm = norm(u);
    float[] qa = new float[dim];
    for (int j = 0; j < dim; j++) {
      qa[j] = u[j] / norm;
    }
    int[] c = e.candidates();
    double[] logits = new double[c.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < c.length; i++) {
      logits[i] = dot(passages[c[i]], qa) / temperature;
      max = Math.max(max, logits[i]);
    }
    double all = 0;
    double gold = 0;
    boolean[] isGold = new boolean[c.length];
    for (int i = 0; i < c.length; i++) {
      logits[i] = Math.exp(logits[i] - max);
      all += logits[i];
      for (int g : e.gold()) {
        if (c[i] == g) {
          isGold[i] = true;
          gold += logits[i];
        }
      }
    }
    // d(-log(gold / all))/dlogit_i = p_i - [gold] p_i / p_gold
    float[] dqa = new float[dim];
    for (int i = 0; i < c.length; i++) {
      double d = logits[i] / all - (isGold[i] ? logits[i] / gold : 0);
      if (d == 0) {
        continue;
      }
      float[] p = passages[c[i]];
      float w = (float) (d / temperature);
      for (int j = 0; j < dim; j++) {
        dqa[j] += w * p[j];
      }
    }
    // through the normalisation: du = (I - qa qa^T) dqa / |u|
    float along = dot(qa, dqa);
    float[] du = new float[dim];
    for (int j = 0; j < dim; j++) {
      du[j] = (dqa[j] - along * qa[j]) / norm;
    }
    return du;
  }

  private static void adam(float[] a, float[] grad, float[] m, float[] v, int step, Settings s) {
    float b1 = 0.9f;
    float b2 = 0.999f;
    double c1 = 1 - Math.pow(b1, step);
    double c2 = 1 - Math.pow(b2, step);
    for (int i = 0; i < a.length; i++) {
      float g = grad[i] + s.weightDecay() * a[i];
      m[i] = b1 * m[i] + (1 - b1) * g;
      v[i] = b2 * v[i] + (1 - b2) * g * g;
      a[i] -= (float) (s.learningRate() * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8));
    }
  }

  static float dot(float[] x, float[] y) {
    float sum = 0;
    for (int j = 0; j < x.length; j++) {
      sum += x[j] * y[j];
    }
    return sum;
  }

  private static float norm(float[] x) {
    return (float) Math.sqrt(Math.max(1e-12f, dot(x, x)));
  }
}
