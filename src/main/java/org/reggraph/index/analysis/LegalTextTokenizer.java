package org.reggraph.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits legal prose into words, but keeps a citation such as {@code 15 CFR 744.23}, an export
 * control number such as {@code 4E091}, an EU act number such as {@code 2024/1689} or a NIST control or
 * subcategory such as {@code AC-2(5)} or {@code ID.DE-P1} as one token.
 *
 * <p>A citation is emitted twice over: its parts as ordinary words (so a question that names only
 * {@code 744.23} still matches {@code § 744.23} and {@code 15 CFR 744.23}) and the whole citation stacked on
 * the first part, as Lucene's word-delimiter filter does with {@code preserveOriginal}. Citation tokens
 * carry the keyword flag, so stemmers leave them alone, and the type {@link #CITATION_TYPE}.
 *
 * <p>A web address ({@code https://...}, {@code www....}) is one token of the type {@link #URL_TYPE}, never
 * split: the words of its path ("ai_standards_plan.pdf") are not the provision's words, and read as words
 * they made reference lists and footnotes answer questions about "AI standards". Pasting the address
 * still finds it.
 *
 * <p>The tokenizer reads each field value whole: provisions and passages are paragraphs, not books.
 */
public final class LegalTextTokenizer extends Tokenizer {

  public static final String CITATION_TYPE = "<CITATION>";
  public static final String WORD_TYPE = "<WORD>";
  public static final String URL_TYPE = "<URL>";

  /** Citation shapes, longest first; each is matched on word boundaries. */
  private static final String CITATION =
      "\\d+[\\s\\h]+(?:C\\.?F\\.?R\\.?|U\\.?S\\.?C\\.?)[\\s\\h]+(?:§+[\\s\\h]*)?\\d+(?:\\.\\d+)*[a-z]?" // 15 CFR 744.23
          + "|\\d{4}/\\d{1,4}(?:/[A-Z]{2,4})?" // 2024/1689, 2016/679
          + "|\\d[A-E]\\d{3}[a-z]?" // ECCN 4E091
          + "|§+[\\s\\h]*\\d+(?:\\.\\d+)*[a-z]?" // § 744.23; [\s\h]: the Federal Register's thin spaces too
          + "|" + NistIdentifiers.SHAPES;
  /** What a web address may hold: anything but spaces, quotes, brackets and the characters no address has. */
  private static final String URL_CHAR = "[^\\s\\h<>\"“”\\[\\]{}|\\\\^`]";
  /**
   * A web address: a scheme or {@code www.}, then its characters, ending before the punctuation that closes
   * the sentence or the parenthesis around it. A PDF's text breaks long addresses at a hyphen or a slash
   * ("https://www.whitehouse.gov/wp-" and "content/uploads/..." on the next line): a line that ends so and a
   * next line whose first run holds a slash are one address.
   */
  private static final String URL = "(?i:https?://|www\\.)"
      + "(?:" + URL_CHAR + "*[-/][\\s\\h&&[^\\n]]*\\n[\\s\\h]*(?=" + URL_CHAR + "*/))*"
      + URL_CHAR + "*[^\\s\\h<>\"“”\\[\\]{}|\\\\^`.,;:!?'’)]";
  /** A word, or a dotted number such as a rule number {@code 1.3.3}. */
  private static final String WORD = "\\d+(?:\\.\\d+)+|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*";
  private static final Pattern TOKENS =
      Pattern.compile("(?<url>(?<![\\p{L}\\p{N}])" + URL + ")"
          + "|(?<citation>(?<![\\p{L}\\p{N}])(?:" + CITATION + ")(?![\\p{L}\\p{N}]))"
          + "|" + WORD);
  private static final Pattern CITATION_PART = Pattern.compile("\\d+(?:\\.\\d+)*[a-z]?|[\\p{L}\\p{N}]+");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  private final StringBuilder text = new StringBuilder();
  private final Deque<int[]> pendingParts = new ArrayDeque<>();
  private Matcher matcher;
  private int finalOffset;

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (!pendingParts.isEmpty()) {
      int[] part = pendingParts.poll();
      // The first part shares its position with the whole citation emitted just before it.
      emit(part[0], part[1], WORD_TYPE, false, part[2] == 0 ? 0 : 1, 1);
      return true;
    }
    if (!matcher.find()) {
      return false;
    }
    if (matcher.group("url") != null) {
      emit(matcher.start(), matcher.end(), URL_TYPE, true, 1, 1);
      removeSpaces();
      return true;
    }
    if (matcher.group("citation") == null) {
      emit(matcher.start(), matcher.end(), WORD_TYPE, false, 1, 1);
      return true;
    }
    Matcher parts = CITATION_PART.matcher(text).region(matcher.start(), matcher.end());
    int index = 0;
    while (parts.find()) {
      pendingParts.add(new int[] {parts.start(), parts.end(), index++});
    }
    emit(matcher.start(), matcher.end(), CITATION_TYPE, true, 1, Math.max(1, index));
    NistIdentifiers.canonicalise(term);
    return true;
  }

  private void emit(int start, int end, String tokenType, boolean isKeyword, int posInc, int posLen) {
    term.setEmpty();
    // Collapse inner white space so "15  CFR\n744.23", "§\u2009744.23" (a thin space) and "15 CFR 744.23" are
    // the same term; isSpaceChar adds the no-break spaces that isWhitespace leaves out.
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space) {
        term.append(' ');
        space = false;
      }
      term.append(c);
    }
    offset.setOffset(correctOffset(start), correctOffset(end));
    increment.setPositionIncrement(posInc);
    length.setPositionLength(posLen);
    type.setType(tokenType);
    keyword.setKeyword(isKeyword);
  }

  /** An address broken across lines is one address again. */
  private void removeSpaces() {
    int kept = 0;
    for (int i = 0; i < term.length(); i++) {
      if (term.charAt(i) != ' ') {
        term.buffer()[kept++] = term.charAt(i);
      }
    }
    term.setLength(kept);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    text.setLength(0);
    char[] buffer = new char[4096];
    for (int read = input.read(buffer); read != -1; read = input.read(buffer)) {
      text.append(buffer, 0, read);
    }
    matcher = TOKENS.matcher(text);
    pendingParts.clear();
    finalOffset = correctOffset(text.length());
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(finalOffset, finalOffset);
  }
}
