package org.reggraph.search.ranking;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.reggraph.index.IndexFields;

/**
 * Reorders the first {@link #DEPTH} hits of the fused ranking with boosted trees (LambdaMART) learnt on
 * ObliQA dev questions, from {@link RerankFeatures}: what each side of the fusion said of a hit and what the
 * rest of the list says of its container, section, parent and neighbours. The hits below keep the fused
 * order. Measured in docs/retrieval.md; the model file is written by {@code bench/RerankerTrainer}.
 */
public final class LearntReranker {

  /** How many fused hits are reordered: the depth the model was trained at. */
  public static final int DEPTH = 50;
  static final String SHIPPED = "structure-reranker.txt";

  private final RerankFeatures features;
  private final TreeEnsemble model;
  /** The structure of the current reader: reading it visits every document, so once per reader. */
  private volatile Snapshot snapshot;

  private record Snapshot(IndexReader reader, CollectionStructure structure) {}

  public LearntReranker(RerankFeatures features, TreeEnsemble model) {
    if (!model.featureNames().equals(RerankFeatures.NAMES)) {
      throw new IllegalArgumentException("the reranker model was trained on other features: " + model.featureNames());
    }
    this.features = features;
    this.model = model;
  }

  /**
   * The features of the provision index's fields and the model shipped in the jar.
   *
   * @param questions reads the question against the index's fields; {@code texts} reads a hit's text as the
   *                  index did
   */
  public static LearntReranker shipped(Analyzer questions, Analyzer texts) {
    return new LearntReranker(forProvisions(questions, texts), shippedModel());
  }

  /** Features read from the provision index's text, word pairs (at their fusion weight) and vectors. */
  public static RerankFeatures forProvisions(Analyzer questions, Analyzer texts) {
    return new RerankFeatures(questions, texts, IndexFields.TEXT, IndexFields.TEXT_BIGRAMS,
        HybridRetriever.provisionFields().get(IndexFields.TEXT_BIGRAMS),
        new CandidateReader(IndexFields.TEXT, IndexFields.VECTOR));
  }

  static TreeEnsemble shippedModel() {
    try (InputStream in = LearntReranker.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the reranker model " + SHIPPED);
      }
      return TreeEnsemble.read(new InputStreamReader(in, StandardCharsets.UTF_8), SHIPPED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the reranker model " + SHIPPED, e);
    }
  }

  /**
   * The first {@code top} hits of {@code lists.fused()} reordered. Scores stay ordered: the reordered hits
   * carry the model's score, the rest their fused score shifted below the lowest of those. An index whose
   * structure is not {@link CollectionStructure#known} keeps the fused order: the model would read
   * structure it was never trained on.
   */
  public List<RankedHit> rerank(IndexSearcher searcher, String question, float[] queryVector,
      HybridRetriever.Candidates lists, int top) throws IOException {
    List<RankedHit> fused = lists.fused();
    CollectionStructure structure = structure(searcher.getIndexReader());
    if (fused.isEmpty() || !structure.known()) {
      return RankedHit.head(fused, top);
    }
    float[][] x = features.of(searcher, structure, lists, question, queryVector, DEPTH);
    List<RankedHit> reordered = new ArrayList<>(fused.size());
    float lowest = Float.POSITIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      float score = model.score(x[i]);
      reordered.add(new RankedHit(fused.get(i).luceneDocId(), score));
      lowest = Math.min(lowest, score);
    }
    // A stable sort: equal scores keep the fused order.
    reordered.sort(Comparator.comparing(RankedHit::score).reversed());
    if (fused.size() > x.length) {
      float shift = Math.min(0, lowest - fused.get(x.length - 1).score());
      for (RankedHit hit : fused.subList(x.length, Math.min(fused.size(), Math.max(top, x.length)))) {
        reordered.add(new RankedHit(hit.luceneDocId(), hit.score() + shift));
      }
    }
    return RankedHit.head(reordered, top);
  }

  /** The structure of {@code reader}, read once per reader. */
  public CollectionStructure structure(IndexReader reader) throws IOException {
    Snapshot current = snapshot;
    if (current == null || current.reader() != reader) {
      current = new Snapshot(reader, CollectionStructure.of(reader));
      snapshot = current;
    }
    return current.structure();
  }
}
