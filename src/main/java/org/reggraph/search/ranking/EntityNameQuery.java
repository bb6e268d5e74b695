package org.reggraph.search.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * An entity a question names, as one word of its bag of words: any of the entity's names matches (the
 * acronym "BIS" or the phrase "Bureau of Industry and Security") and the best match counts.
 *
 * <p>Searched word by word, a long name outweighs the rest of the question: asked what "the Bureau of
 * Industry and Security" must publish, BM25 ranked the Bureau's addresses and page headers, which hold three
 * rare words, above the rules on what it publishes, and found none of the rules that call it "BIS". A phrase
 * scores with the sum of its words' idf in BM25, so each phrase is weighted by one over its length: the
 * name then counts as much as one of its words, on average, whichever name a provision uses.
 */
public final class EntityNameQuery {

  private EntityNameQuery() {}

  /** The query for one entity's names, or null when none of them has a searchable term. */
  public static Query of(Analyzer analyzer, String field, List<String> names) {
    List<Query> alternatives = new ArrayList<>(names.size());
    for (String name : names) {
      Query query = nameQuery(analyzer, field, name);
      if (query != null) {
        alternatives.add(query);
      }
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0f);
  }

  private static Query nameQuery(Analyzer analyzer, String field, String name) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    Term first = null;
    int terms = 0;
    int position = -1;
    try (TokenStream stream = analyzer.tokenStream(field, name)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        Term word = new Term(field, term.toString());
        // A citation ("2016/679") is analysed whole and then as its parts, the first part at the whole's
        // position and the rest after it, as in the index: one term a position is enough for the phrase.
        if (increment.getPositionIncrement() == 0) {
          continue;
        }
        first = first == null ? word : first;
        phrase.add(word, position);
        terms++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse the name " + name, e);
    }
    if (terms == 0) {
      return null;
    }
    return terms == 1 ? new TermQuery(first) : new BoostQuery(phrase.build(), 1f / terms);
  }
}
