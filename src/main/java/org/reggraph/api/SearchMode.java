package org.reggraph.api;

import java.util.regex.Pattern;

/**
 * How the {@code q} of a search is read: Lucene query syntax, a question in plain language (ranked by the
 * hybrid retriever), or, by default, whichever the text looks like.
 */
enum SearchMode {
    AUTO, QUERY, QUESTION;

    /**
     * Quotes, wildcards, fields, grouping, boosts or boolean operators mean the user wrote query syntax; a
     * question mark ending a question does not.
     */
    private static final Pattern SYNTAX = Pattern.compile(
            "[\"*:()\\[\\]{}^~]|\\w\\?\\w|(^|\\s)[+-]\\S|\\b(AND|OR|NOT)\\b|&&|\\|\\|");

    static boolean looksLikeQuestion(String text) {
        return !SYNTAX.matcher(text).find() && words(text) >= 3;
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
