package org.reggraph.search.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
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
    visitInDocOrder(searcher, docs, weight::scorer, (scorer, candidate, local) -> {
      if (at(scorer.iterator(), local)) {
        scores[candidate] = scorer.score();
      }
    });
    return scores;
  }

  /** The cosine of each candidate's vector to {@code query} (vectors are unit length); 0 without a vector. */
  public float[] cosines(IndexSearcher searcher, float[] query, int[] docs) throws IOException {
    float[] cosines = new float[docs.length];
    visitInDocOrder(searcher, docs, leaf -> leaf.reader().getFloatVectorValues(vectorField),
        (vectors, candidate, local) -> {
          if (at(vectors, local)) {
            cosines[candidate] = dot(query, vectors.vectorValue());
          }
        });
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
    for (Map.Entry<String, Integer> term : counts.entrySet()) {
      BytesRef bytes = new BytesRef(term.getKey());
      visitInDocOrder(searcher, docs, leaf -> postings(leaf, field, bytes), (postings, candidate, local) -> {
        if (at(postings, local)) {
          coverage[candidate] += term.getValue();
        }
      });
    }
    for (int i = 0; i < coverage.length; i++) {
      coverage[i] /= terms.size();
    }
    return coverage;
  }

  private static PostingsEnum postings(LeafReaderContext leaf, String field, BytesRef term) throws IOException {
    Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return null;
    }
    TermsEnum iterator = terms.iterator();
    return iterator.seekExact(term) ? iterator.postings(null, PostingsEnum.NONE) : null;
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

  /** Opens what a segment is read with; null when the segment has nothing to read. */
  private interface SegmentOpener<T> {
    T open(LeafReaderContext leaf) throws IOException;
  }

  /** Reads one candidate, {@code local} being its doc id within the segment. */
  private interface CandidateVisitor<T> {
    void visit(T opened, int candidate, int local) throws IOException;
  }

  /**
   * Visits the candidates (indexes into {@code docs}) in doc id order, segment by segment, with what
   * {@code open} gave for their segment: Lucene's iterators only move forward. A doc that repeats is
   * visited once per repeat.
   */
  private static <T> void visitInDocOrder(IndexSearcher searcher, int[] docs, SegmentOpener<T> open,
      CandidateVisitor<T> visitor) throws IOException {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    T opened = null;
    int segment = -1;
    for (int i : order) {
      if (docs[i] < 0) {
        continue;
      }
      int leaf = ReaderUtil.subIndex(docs[i], leaves);
      if (leaf != segment) {
        segment = leaf;
        opened = open.open(leaves.get(leaf));
      }
      if (opened != null) {
        visitor.visit(opened, i, docs[i] - leaves.get(leaf).docBase);
      }
    }
  }

  /** Moves the iterator to {@code target} if it is not past it; whether it is on it. */
  private static boolean at(DocIdSetIterator iterator, int target) throws IOException {
    return iterator.docID() == target || (iterator.docID() < target && iterator.advance(target) == target);
  }
}
