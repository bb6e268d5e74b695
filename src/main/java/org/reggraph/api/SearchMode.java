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
        return !SYNTAX.matcher(text).find() && text.trim().split("\\s+").length >= 3;
    }
}
