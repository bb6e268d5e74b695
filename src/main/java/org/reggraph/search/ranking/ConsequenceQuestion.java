package org.reggraph.search.ranking;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNotQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A question about what follows a breach ("... and what happens if it does not?", "the consequences of
 * failing to file") names no legal term, while the provisions that answer it speak of penalties, fines,
 * sanctions and violations. Such a question gets those words added to its BM25 side at a low weight, so the
 * enforcement provisions join the ones about the duty itself. Documents indexed without vectors (directives,
 * guidance and news by default) have no other way to bridge that gap.
 *
 * <p>"Fine" is also the first half of "fine-tuning" and "fine-grained", which AI rules use far more often than
 * they impose fines: the added "fine" does not count where one of those words follows it. The asker's own
 * words are searched as written.
 */
final class ConsequenceQuestion {

  /** The words added, as an analyst would search for them. */
  static final String TERMS = "penalty penalties fine fines sanction sanctions violation violations enforcement";

  /** Weight of the added words against the question's own (1). */
  static final float BOOST = 0.5f;

  /** The added word that is also the first half of compounds, and those compounds' second halves. */
  private static final String FINE = "fine";
  private static final String AFTER_FINE_IN_COMPOUNDS = "tuning tuned grained";

  private static final Pattern ASKS_FOR_CONSEQUENCES = Pattern.compile(
      "\\bwhat (?:happens|will happen|would happen|could happen)\\b"
          + "|\\bconsequences?\\b"
          + "|\\bif (?:it|they|he|she|(?:the|a|an) [\\w-]+|[\\w-]+) (?:does|do|did) not\\b"
          + "|\\bfails? to comply\\b|\\bnon-?compliance\\b|\\bnot comply\\b",
      Pattern.CASE_INSENSITIVE);

  private ConsequenceQuestion() {}

  /**
   * The added words as {@code analyzer} indexes them in {@code field}, each a clause of its own (a word given
   * twice counts twice); null when the analyzer keeps none of them.
   */
  static Query query(Analyzer analyzer, String field) {
    List<String> terms = BagOfWordsQuery.terms(analyzer, field, TERMS);
    if (terms.isEmpty()) {
      return null;
    }
    List<String> fine = BagOfWordsQuery.terms(analyzer, field, FINE);
    SpanQuery[] compoundEnds = BagOfWordsQuery.terms(analyzer, field, AFTER_FINE_IN_COMPOUNDS).stream().distinct()
        .map(term -> new SpanTermQuery(new Term(field, term))).toArray(SpanQuery[]::new);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : terms) {
      Query clause = fine.contains(term) && compoundEnds.length > 0
          // The word at the next position (post = 1) must not end a compound; any word between the two, even a
          // stop word (which leaves a gap in the positions), means they are not one.
          ? new SpanNotQuery(new SpanTermQuery(new Term(field, term)), new SpanOrQuery(compoundEnds), 0, 1)
          : new TermQuery(new Term(field, term));
      query.add(clause, BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  static boolean asks(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    boolean mayAsk = lower.contains("happen") || lower.contains("consequence") || lower.contains(" not")
        || lower.contains("compl");
    return mayAsk && ASKS_FOR_CONSEQUENCES.matcher(question).find();
  }
}
