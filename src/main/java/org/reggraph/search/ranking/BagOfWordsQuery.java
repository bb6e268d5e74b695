package org.reggraph.search.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a natural-language question into a disjunction of its analysed terms, for BM25.
 *
 * <p>Questions are not query syntax: a user's "Rule 1.3.3?" or "firm's" must not be a parse error
 * nor a wildcard. A term that occurs twice in the question is kept twice, which weights it twice,
 * as Lucene's classic query parser would.
 */
public final class BagOfWordsQuery {

  /** Keeps a pasted page from reaching Lucene's clause limit. */
  private static final int MAX_CLAUSES = 512;

  private BagOfWordsQuery() {}

  /** The query, or null when the text has no searchable term. */
  public static Query of(Analyzer analyzer, String field, String text) {
    List<String> terms = terms(analyzer, field, text);
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String term : terms) {
      builder.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
    }
    return builder.build();
  }

  /** The text's terms as {@code analyzer} indexes them in {@code field}, in order, repeats kept, at most 512. */
  static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < MAX_CLAUSES) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse query text", e);
    }
    return terms;
  }
}
