package org.reggraph.search.semantic;

import java.io.IOException;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.VectorScorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The k vectors of a field nearest to a query vector: every vector scored when the index holds few enough of
 * them, Lucene's HNSW graph searched otherwise.
 *
 * <p>Why not always HNSW: its answer is approximate (on ObliQA it missed 7.7 of a test question's 200 true
 * nearest passages on average), and which ones it misses depends on how the index's segments happen to
 * have been flushed and merged. The same ObliQA index merged into one segment ranked a tenth of dev's
 * question-rank pairs differently, and a rebuilt index (the index is a view, rebuilt at will) need not
 * answer as the one it replaced. Scored whole, the neighbours are the true ones whatever the segments: the
 * merged and unmerged index give byte-identical rankings. The scores are the field's similarity, as Lucene's
 * kNN query gives them.
 */
public final class NearestNeighbours {

  /**
   * Up to this many vectors in the index, every one is scored. ObliQA's 13,012 vectors of 384 dimensions took
   * 6.0 ms a question scored whole against 3.9 ms through the graph, while embedding the question took 18.4 ms
   * (500 test questions, one run; docs/retrieval.md). At this limit scoring all costs about what the
   * embedding does; beyond it HNSW's sublinear search is worth its approximation.
   */
  static final int EXACT_LIMIT = 50_000;

  private NearestNeighbours() {}

  /**
   * The {@code k} documents whose vector in {@code field} is nearest to {@code target}, best first, among the
   * live documents {@code filter} matches (all when it is null).
   */
  public static TopDocs search(IndexSearcher searcher, String field, float[] target, int k, Query filter)
      throws IOException {
    return search(searcher, field, target, k, filter, EXACT_LIMIT);
  }

  /** As above, scoring every vector only up to {@code exactLimit} vectors. */
  static TopDocs search(IndexSearcher searcher, String field, float[] target, int k, Query filter, long exactLimit)
      throws IOException {
    if (vectorCount(searcher, field) > exactLimit) {
      return searcher.search(new KnnFloatVectorQuery(field, target, k, filter), k);
    }
    return exact(searcher, field, target, k, filter);
  }

  /** Every vector scored: the true nearest neighbours, ties broken by document id as Lucene does. */
  static TopDocs exact(IndexSearcher searcher, String field, float[] target, int k, Query filter) throws IOException {
    Weight filterWeight = filter == null ? null
        : searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    if (k <= 0) {
      return new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
    }
    HitQueue best = new HitQueue(k, false);
    long scored = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FloatVectorValues vectors = leaf.reader().getFloatVectorValues(field);
      DocIdSetIterator accepted = vectors == null ? null : accepted(filterWeight, leaf);
      if (accepted == null) {
        continue;
      }
      VectorScorer scorer = vectors.scorer(target);
      DocIdSetIterator docs = scorer.iterator();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if ((live != null && !live.get(doc)) || !isAccepted(accepted, doc)) {
          continue;
        }
        scored++;
        float score = scorer.score();
        if (best.size() < k) {
          best.add(new ScoreDoc(leaf.docBase + doc, score));
        } else if (score > best.top().score) {
          best.updateTop(new ScoreDoc(leaf.docBase + doc, score));
        }
      }
    }
    ScoreDoc[] ranked = new ScoreDoc[best.size()];
    for (int i = ranked.length - 1; i >= 0; i--) {
      ranked[i] = best.pop();
    }
    return new TopDocs(new TotalHits(scored, TotalHits.Relation.EQUAL_TO), ranked);
  }

  /** How many documents hold a vector in the field, deleted ones included (an upper bound of the work). */
  private static long vectorCount(IndexSearcher searcher, String field) throws IOException {
    long count = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FloatVectorValues vectors = leaf.reader().getFloatVectorValues(field);
      count += vectors == null ? 0 : vectors.size();
    }
    return count;
  }

  /** The filter's documents in the leaf, every document when there is no filter, null when it matches none. */
  private static DocIdSetIterator accepted(Weight filterWeight, LeafReaderContext leaf) throws IOException {
    if (filterWeight == null) {
      return DocIdSetIterator.all(leaf.reader().maxDoc());
    }
    Scorer scorer = filterWeight.scorer(leaf);
    return scorer == null ? null : scorer.iterator();
  }

  /** Whether the filter accepts {@code doc}; documents are visited in increasing order, so it only advances. */
  private static boolean isAccepted(DocIdSetIterator accepted, int doc) throws IOException {
    if (accepted.docID() < doc) {
      accepted.advance(doc);
    }
    return accepted.docID() == doc;
  }
}
