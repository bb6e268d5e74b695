package org.reggraph.search.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A learnt linear map of question vectors, {@code q -> unit(q + A q)}, that moves a regulatory question
 * nearer the passages that answer it. E5 small was trained on web text; questions about obligations and
 * the provisions that state them use different words ("what must a firm do" against "an Authorised Person
 * shall"), and a map learnt from such pairs closes part of that gap without retraining the model.
 *
 * <p>Only questions are mapped: passage vectors stay as E5 writes them, so an index needs no re-embedding
 * and the map costs one 384 x 384 product per question. The shipped map was learnt from ObliQA's dev
 * questions and the expert-validated questions of its training split (docs/retrieval.md, "Question
 * adapter"), and the dense side's weight in the fusion was tuned with it.
 *
 * <p>File format: the int {@code dimension}, then {@code dimension x dimension} floats of A, row-major,
 * big-endian (Java's data streams).
 */
public final class QuestionAdapter {

  /** The map shipped for E5 small v2 (quantised), learnt from ObliQA (see above). */
  public static final String RESOURCE = "e5-small-v2-q-question-adapter.bin";

  private static final QuestionAdapter IDENTITY = new QuestionAdapter(0, new float[0]);

  private final int dimension;
  private final float[] matrix;

  private QuestionAdapter(int dimension, float[] matrix) {
    this.dimension = dimension;
    this.matrix = matrix;
  }

  /** Leaves vectors as they are. */
  public static QuestionAdapter identity() {
    return IDENTITY;
  }

  /** A map from its matrix A (row-major, {@code dimension x dimension}). */
  public static QuestionAdapter of(int dimension, float[] matrix) {
    if (dimension <= 0 || matrix.length != dimension * dimension) {
      throw new IllegalArgumentException("a question adapter needs a " + dimension + " x " + dimension
          + " matrix, got " + matrix.length + " values");
    }
    return new QuestionAdapter(dimension, matrix.clone());
  }

  /** The map shipped in the jar for {@link PassageEmbedder}'s model. */
  public static QuestionAdapter shipped() {
    try (InputStream in = QuestionAdapter.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the question adapter " + RESOURCE + " is missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the question adapter " + RESOURCE, e);
    }
  }

  public static QuestionAdapter read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in));
    int dimension = data.readInt();
    if (dimension <= 0 || dimension > 4096) {
      throw new IOException("not a question adapter: dimension " + dimension);
    }
    float[] matrix = new float[dimension * dimension];
    for (int i = 0; i < matrix.length; i++) {
      matrix[i] = data.readFloat();
    }
    return new QuestionAdapter(dimension, matrix);
  }

  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    data.writeInt(dimension);
    for (float value : matrix) {
      data.writeFloat(value);
    }
    data.flush();
  }

  /** Size of the vectors it maps; 0 for the identity, which maps any. */
  public int dimension() {
    return dimension;
  }

  public boolean isIdentity() {
    return dimension == 0;
  }

  /** The mapped question, unit length; the input itself for the identity. */
  public float[] apply(float[] question) {
    if (isIdentity()) {
      return question;
    }
    float[] mapped = unnormalised(question);
    float norm = 0;
    for (float value : mapped) {
      norm += value * value;
    }
    float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-12f)));
    for (int i = 0; i < mapped.length; i++) {
      mapped[i] *= scale;
    }
    return mapped;
  }

  /** {@code q + A q} before it is scaled to unit length (the trainer differentiates through the scaling). */
  public float[] unnormalised(float[] question) {
    if (isIdentity()) {
      return question.clone();
    }
    if (question.length != dimension) {
      throw new IllegalArgumentException("the question adapter maps " + dimension + "-dimensional vectors, got "
          + question.length);
    }
    float[] mapped = question.clone();
    for (int row = 0; row < dimension; row++) {
      float sum = 0;
      int offset = row * dimension;
      for (int k = 0; k < dimension; k++) {
        sum += matrix[offset + k] * question[k];
      }
      mapped[row] += sum;
    }
    return mapped;
  }
}
