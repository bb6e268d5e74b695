package org.reggraph.search.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns passages and questions into dense vectors with BGE small en v1.5 (quantised ONNX), run in
 * process on the CPU. The model and its tokenizer ship inside a Maven Central jar, so nothing is
 * downloaded at run time.
 *
 * <p>BGE was trained with an instruction in front of short retrieval queries and none in front of
 * passages; the prefix is configurable because it is one of the settings measured on ObliQA dev.
 * Vectors come out unit-length, so a dot product is their cosine.
 */
public final class PassageEmbedder implements AutoCloseable {

  /** The query instruction BGE v1.5 recommends for passage retrieval. */
  public static final String BGE_QUERY_INSTRUCTION =
      "Represent this sentence for searching relevant passages: ";

  /** Output size of BGE small. */
  public static final int DIMENSION = 384;

  /** Passages embedded per call: large enough to keep both cores busy, small enough for 1 GiB. */
  private static final int BATCH_SIZE = 64;

  private final EmbeddingModel model;
  private final String queryInstruction;

  public PassageEmbedder(String queryInstruction) {
    this.model = new BgeSmallEnV15QuantizedEmbeddingModel();
    this.queryInstruction = queryInstruction == null ? "" : queryInstruction;
  }

  /** An embedder with BGE's recommended query instruction. */
  public static PassageEmbedder withBgeInstruction() {
    return new PassageEmbedder(BGE_QUERY_INSTRUCTION);
  }

  /** Name of the model, recorded next to the vectors so that an index built by another is refused. */
  public String modelName() {
    return "bge-small-en-v1.5-q";
  }

  public float[] embedQuery(String question) {
    return model.embed(queryInstruction + question).content().vector();
  }

  public float[] embedPassage(String text) {
    return model.embed(text).content().vector();
  }

  /** Embeds passages in order; the result has one vector per input. */
  public List<float[]> embedPassages(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += BATCH_SIZE) {
      List<TextSegment> batch = new ArrayList<>();
      for (String text : texts.subList(from, Math.min(texts.size(), from + BATCH_SIZE))) {
        batch.add(TextSegment.from(text));
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
