package org.reggraph.search.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * Reads what the index holds of a few candidates, by Lucene doc id: one field's BM25 for the question, the
 * cosine of their vectors to the question's, their stored text. Each method visits the candidates in doc
 * id order, segment by segment, as Lucene's iterators only move forward.
 */
public final class CandidateReader {

  private final String textField;
  private final String vectorField;

  public CandidateReader(String textField, String vectorField) {
    this.textField = textField;
    this.vectorField = vectorField;
  }

  /** BM25 of the question's terms in {@code field} for each candidate; 0 where none of them occurs. */
  public float[] fieldScores(IndexSearcher searcher, Analyzer analyzer, String field, String question, int[] docs)
      throws IOException {
    float[] scores = new float[docs.length];
    Query query = BagOfWordsQuery.of(analyzer, field, question);
    if (query == null) {
      return scores;
    }
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Scorer scorer = null;
    int leafIndex = -1;
    for (int i : inDocOrder(docs)) {
      if (docs[i] < 0) {
        continue;
      }
      int leaf = ReaderUtil.subIndex(docs[i], leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        scorer = weight.scorer(leaves.get(leaf));
      }
      int local = docs[i] - leaves.get(leaf).docBase;
      if (scorer == null || scorer.docID() > local) {
        continue;
      }
      if (scorer.docID() == local || scorer.iterator().advance(local) == local) {
        scores[i] = scorer.score();
      }
    }
    return scores;
  }

  /** The cosine of each candidate's vector to {@code query} (vectors are unit length); 0 without a vector. */
  public float[] cosines(IndexSearcher searcher, float[] query, int[] docs) throws IOException {
    float[] cosines = new float[docs.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    FloatVectorValues vectors = null;
    int leafIndex = -1;
    for (int i : inDocOrder(docs)) {
      if (docs[i] < 0) {
        continue;
      }
      int leaf = ReaderUtil.subIndex(docs[i], leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        vectors = leaves.get(leaf).reader().getFloatVectorValues(vectorField);
      }
      int local = docs[i] - leaves.get(leaf).docBase;
      if (vectors == null || vectors.docID() > local) {
        continue;
      }
      if (vectors.docID() == local || vectors.advance(local) == local) {
        cosines[i] = dot(query, vectors.vectorValue());
      }
    }
    return cosines;
  }

  /**
   * The share of {@code terms} (a repeated term counts each time) that each candidate's {@code field} holds,
   * read from the postings: the index analysed the text with the same analyzer, so this is what analysing
   * the stored text again would give, without doing it.
   */
  public float[] termCoverage(IndexSearcher searcher, String field, List<String> terms, int[] docs) throws IOException {
    float[] coverage = new float[docs.length];
    if (terms.isEmpty()) {
      return coverage;
    }
    Map<String, Integer> counts = new HashMap<>();
    terms.forEach(term -> counts.merge(term, 1, Integer::sum));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Integer[] order = inDocOrder(docs);
    for (Map.Entry<String, Integer> term : counts.entrySet()) {
      BytesRef bytes = new BytesRef(term.getKey());
      PostingsEnum postings = null;
      int leafIndex = -1;
      for (int i : order) {
        int leaf = ReaderUtil.subIndex(docs[i], leaves);
        if (leaf != leafIndex) {
          leafIndex = leaf;
          Terms fieldTerms = leaves.get(leaf).reader().terms(field);
          TermsEnum iterator = fieldTerms == null ? null : fieldTerms.iterator();
          postings = iterator != null && iterator.seekExact(bytes) ? iterator.postings(null, PostingsEnum.NONE) : null;
        }
        int local = docs[i] - leaves.get(leaf).docBase;
        if (postings != null && (postings.docID() == local
            || (postings.docID() < local && postings.advance(local) == local))) {
          coverage[i] += term.getValue();
        }
      }
    }
    for (int i = 0; i < coverage.length; i++) {
      coverage[i] /= terms.size();
    }
    return coverage;
  }

  /** Each candidate's stored text, in the candidates' order. */
  public List<String> texts(IndexSearcher searcher, int[] docs) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<String> texts = new ArrayList<>(docs.length);
    for (int doc : docs) {
      String text = stored.document(doc, Set.of(textField)).get(textField);
      texts.add(text == null ? "" : text);
    }
    return texts;
  }

  private static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += a[j] * b[j];
    }
    return sum;
  }

  /** Indexes into {@code docs} ordered by doc id (a doc that repeats is visited once per repeat). */
  private static Integer[] inDocOrder(int[] docs) {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
    return order;
  }
}
