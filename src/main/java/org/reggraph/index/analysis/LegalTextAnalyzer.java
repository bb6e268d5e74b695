package org.reggraph.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;

/**
 * English analysis for regulatory text: citations stay whole (see {@link LegalTextTokenizer}),
 * prose is lower-cased, possessives and stop words dropped, and words stemmed.
 *
 * <p>The stemmer and the stop list are options because they were chosen by measurement on the
 * ObliQA dev split (docs/retrieval.md); {@link #standard()} is the chosen setting.
 */
public final class LegalTextAnalyzer extends Analyzer {

  /** How English words are reduced to a stem. */
  public enum Stemming {
    NONE,
    /** Krovetz: conservative, keeps words readable ("requirements" to "requirement"). */
    KSTEM,
    /** Porter: aggressive ("requirements" to "requir"). */
    PORTER
  }

  private final Stemming stemming;
  private final CharArraySet stopWords;

  public LegalTextAnalyzer(Stemming stemming, CharArraySet stopWords) {
    this.stemming = stemming;
    this.stopWords = stopWords == null ? CharArraySet.EMPTY_SET : stopWords;
  }

  /** The setting used by the index and the search service. */
  public static LegalTextAnalyzer standard() {
    return new LegalTextAnalyzer(Stemming.PORTER, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
  }

  /** The standard setting for a question's words: its form ("what", "how", "could you") is dropped too. */
  public static LegalTextAnalyzer question() {
    return new LegalTextAnalyzer(Stemming.PORTER, QuestionForm.stopWords());
  }

  /**
   * Word pairs of the standard analysis, for a field that rewards questions reusing a passage's
   * phrases; single words are left to the main field. A stop word leaves a gap marked {@code _}.
   */
  public static Analyzer bigrams() {
    return pairsOf(standard());
  }

  /** Word pairs of a question, read as {@link #question()} reads its words. */
  public static Analyzer questionBigrams() {
    return pairsOf(question());
  }

  private static Analyzer pairsOf(LegalTextAnalyzer words) {
    return new ShingleAnalyzerWrapper(words, 2, 2, " ", false, true, "_");
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    LegalTextTokenizer source = new LegalTextTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new StopFilter(stream, stopWords);
    stream = switch (stemming) {
      case NONE -> stream;
      case KSTEM -> new KStemFilter(stream);
      case PORTER -> new PorterStemFilter(stream);
    };
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
