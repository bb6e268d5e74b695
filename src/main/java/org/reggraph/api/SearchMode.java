package org.reggraph.api;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the {@code q} of a search is read: Lucene query syntax, a question in plain language (ranked by the
 * hybrid retriever), or, by default, whichever the text looks like.
 */
enum SearchMode {
    AUTO, QUERY, QUESTION;

    /**
     * Wildcards, fields, ranges, boosts, fuzziness, required or excluded terms and boolean operators: only
     * someone writing query syntax types these. A question mark ending a question is not among them.
     */
    private static final Pattern SYNTAX = Pattern.compile(
            "[*\\[\\]{}^~]|\\w:\\S|\\w\\?\\w|(^|\\s)[+-]\\S|\\b(AND|OR|NOT)\\b|&&|\\|\\|");

    /**
     * Quotes and grouping parentheses: syntax in {@code "deemed export" licence}, but also what a question
     * quotes or adds in passing ("a licence (under section 4)?"). A parenthesis right after a letter, a digit
     * or another parenthesis numbers a provision, as in Article 5(1)(a), and groups nothing.
     */
    private static final Pattern QUOTES_OR_GROUPING = Pattern.compile("\"|(?<![\\w)])\\(");

    /** First words that make a sentence a question or a request, whatever punctuation ends it. */
    private static final Set<String> QUESTION_WORDS = Set.of("what", "which", "who", "whom", "whose", "when",
            "where", "why", "how", "does", "do", "did", "is", "are", "was", "were", "can", "could", "should",
            "must", "may", "will", "would", "shall", "has", "have", "list", "explain", "describe", "find", "show");

    /** From this many words on, a sentence that asks is a question whatever signs it holds ("a 1:1 backing"). */
    private static final int LONG_QUESTION_WORDS = 8;

    /**
     * Three words or more without query syntax read as a question; with quotes or grouping parentheses, only
     * when the text reads as a sentence that asks (ends with {@code ?} or opens with a question word); with
     * any other sign of syntax, only when it is such a sentence and a long one.
     */
    static boolean looksLikeQuestion(String text) {
        int words = words(text);
        if (words < 3) {
            return false;
        }
        boolean asks = asks(text.strip());
        if (SYNTAX.matcher(text).find()) {
            return asks && words >= LONG_QUESTION_WORDS;
        }
        return asks || !QUOTES_OR_GROUPING.matcher(text).find();
    }

    private static boolean asks(String text) {
        if (text.endsWith("?") || text.endsWith("？")) {
            return true;
        }
        String first = text.replaceFirst("^[^\\p{L}]+", "").split("[^\\p{L}]+", 2)[0].toLowerCase(Locale.ROOT);
        return QUESTION_WORDS.contains(first);
    }

    /**
     * Words separated by spaces; Chinese puts no space between words, which are mostly two characters
     * long, so a run of ideographs counts as half as many words as it has ideographs (生成式人工智能, 3).
     */
    private static int words(String text) {
        int words = 0;
        for (String run : text.trim().split("\\s+")) {
            long ideographs = run.codePoints()
                    .filter(codePoint -> Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN).count();
            words += (int) Math.max(1, ideographs / 2);
        }
        return words;
    }
}
