package org.reggraph.index.analysis;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.reggraph.model.NistIdentifier;

/**
 * The identifiers NIST gives its controls and outcomes, which analysts search by: SP 800-53 controls and
 * their enhancements ({@code AC-2}, {@code AC-2(5)}) and the subcategories of the Cybersecurity and Privacy
 * Frameworks ({@code GV.PO-01}, {@code ID.DE-P1}). Read as words they were "ac" or "id" and a number, so
 * {@code ID.DE-P1} matched every provision holding "de" and "id"; kept whole they match themselves.
 *
 * <p>Assessment procedures and OSCAL's parameter values pad the numbers ({@code AC-03(14)} beside
 * {@code AC-3(14)}), so the whole token drops a number's leading zeros: both forms are one term. Matched in
 * any case: OSCAL's own identifiers are lower case, and so is what many people type.
 */
final class NistIdentifiers {
  static final String SHAPES = "(?i:" + NistIdentifier.SUBCATEGORY + "|" + NistIdentifier.CONTROL + ")";

  private static final Pattern WHOLE = Pattern.compile(SHAPES);

  private NistIdentifiers() {
  }

  /** Drops the leading zeros of the numbers in {@code term} if it is a NIST identifier; leaves it alone otherwise. */
  static void canonicalise(CharTermAttribute term) {
    if (term.length() > 12 || !WHOLE.matcher(term).matches()) {
      return;
    }
    StringBuilder canonical = new StringBuilder(term.length());
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      boolean startsNumber = i > 0 && !Character.isDigit(term.charAt(i - 1));
      boolean padding = c == '0' && startsNumber && i + 1 < term.length() && Character.isDigit(term.charAt(i + 1));
      if (!padding) {
        canonical.append(c);
      }
    }
    term.setEmpty().append(canonical);
  }
}
