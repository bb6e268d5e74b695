package org.reggraph.search.ranking;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question about what follows a breach ("... and what happens if it does not?", "the consequences of
 * failing to file") names no legal term, while the provisions that answer it speak of penalties, fines,
 * sanctions and violations. Such a question gets those words added to its BM25 side at a low weight, so the
 * enforcement provisions join the ones about the duty itself. Documents indexed without vectors (directives,
 * guidance and news by default) have no other way to bridge that gap.
 */
final class ConsequenceQuestion {

  /** The words added, as an analyst would search for them. */
  static final String TERMS = "penalty penalties fine fines sanction sanctions violation violations enforcement";

  /** Weight of the added words against the question's own (1). */
  static final float BOOST = 0.5f;

  private static final Pattern ASKS_FOR_CONSEQUENCES = Pattern.compile(
      "\\bwhat (?:happens|will happen|would happen|could happen)\\b"
          + "|\\bconsequences?\\b"
          + "|\\bif (?:it|they|he|she|(?:the|a|an) [\\w-]+|[\\w-]+) (?:does|do|did) not\\b"
          + "|\\bfails? to comply\\b|\\bnon-?compliance\\b|\\bnot comply\\b",
      Pattern.CASE_INSENSITIVE);

  private ConsequenceQuestion() {}

  static boolean asks(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    boolean mayAsk = lower.contains("happen") || lower.contains("consequence") || lower.contains(" not")
        || lower.contains("compl");
    return mayAsk && ASKS_FOR_CONSEQUENCES.matcher(question).find();
  }
}
