package org.reggraph.search.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns passages and questions into dense vectors with E5 small v2 (quantised ONNX), run in process
 * on the CPU. The model and its tokenizer ship inside a Maven Central jar, so nothing is downloaded
 * at run time.
 *
 * <p>E5 was trained with {@code "query: "} in front of questions and {@code "passage: "} in front of
 * passages, and expects them. On ObliQA dev it fused with BM25 better than BGE small en v1.5
 * (docs/retrieval.md). Vectors come out unit-length, so a dot product is their cosine.
 */
public final class PassageEmbedder implements AutoCloseable {

  /** What E5 expects in front of a question. */
  public static final String QUERY_PREFIX = "query: ";
  /** What E5 expects in front of a passage. */
  public static final String PASSAGE_PREFIX = "passage: ";

  /** Output size of E5 small. */
  public static final int DIMENSION = 384;

  /** Passages embedded per call: large enough to keep both cores busy, small enough for 1 GiB. */
  private static final int BATCH_SIZE = 64;

  private final EmbeddingModel model = new E5SmallV2QuantizedEmbeddingModel();
  private final QuestionAdapter questionAdapter;

  /** The model alone: questions are embedded as E5 writes them. */
  public PassageEmbedder() {
    this(QuestionAdapter.identity());
  }

  /** The model, with questions mapped by {@code questionAdapter} after embedding. */
  public PassageEmbedder(QuestionAdapter questionAdapter) {
    if (!questionAdapter.isIdentity() && questionAdapter.dimension() != DIMENSION) {
      throw new IllegalArgumentException("the question adapter maps " + questionAdapter.dimension()
          + "-dimensional vectors; " + modelName() + " writes " + DIMENSION);
    }
    this.questionAdapter = questionAdapter;
  }

  /** Name of the model, for reports. */
  public String modelName() {
    return "e5-small-v2-q";
  }

  public float[] embedQuery(String question) {
    return questionAdapter.apply(model.embed(QUERY_PREFIX + question).content().vector());
  }

  public float[] embedPassage(String text) {
    return model.embed(PASSAGE_PREFIX + text).content().vector();
  }

  /** Embeds passages in order; the result has one vector per input. */
  public List<float[]> embedPassages(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += BATCH_SIZE) {
      List<TextSegment> batch = new ArrayList<>();
      for (String text : texts.subList(from, Math.min(texts.size(), from + BATCH_SIZE))) {
        batch.add(TextSegment.from(PASSAGE_PREFIX + text));
      }
      for (Embedding embedding : model.embedAll(batch).content()) {
        vectors.add(embedding.vector());
      }
    }
    return vectors;
  }

  @Override
  public void close() {
    // The ONNX session lives as long as the class loader; nothing to release per instance.
  }
}
