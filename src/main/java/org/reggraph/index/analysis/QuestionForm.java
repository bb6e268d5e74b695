package org.reggraph.index.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The words that give a question its form and say nothing of its subject: "what", "how", "does", "could
 * you". Asked "what is a jailbreak?", a provision holding "what" is no answer, yet a short one outranked the
 * one provision that defines jailbreaking, since regulations rarely say "what" and BM25 weighs rare words
 * high. Questions are read without them; provisions keep them, so a query typed as syntax still finds them.
 *
 * <p>Modal verbs stay: "must", "should", "may" and "shall" ask about a duty or a permission. Measured on
 * ObliQA dev, BM25 alone (docs/retrieval.md): Recall@10 0.7804 to 0.7822, MAP@10 0.6480 to 0.6503.
 */
public final class QuestionForm {

  /** Interrogatives, the auxiliary "do", and the words that address the reader. */
  public static final List<String> WORDS = List.of(
      "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
      "do", "does", "did", "can", "could", "would", "you", "your", "please");

  private QuestionForm() {}

  /** English stop words and the question's form words, lower-cased as the analysis compares them. */
  static CharArraySet stopWords() {
    CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    words.addAll(WORDS);
    return CharArraySet.unmodifiableSet(words);
  }
}
