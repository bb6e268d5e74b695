package org.reggraph.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations as people type them into a query, made safe for Lucene's classic syntax. There a slash opens a
 * regular expression and a bracket a group, so {@code Regulation (EU) 2024/1689} was a 400 ("Lexical error")
 * and {@code AC-2(5)} searched for {@code AC-2} or {@code 5}. An EU act's number and a NIST control's
 * enhancement are quoted, outside quotes already typed, so each is searched as the one term the index holds.
 * A regular expression typed on purpose ({@code /20[0-9]{2}\/1689/}) is left alone: its slashes touch it.
 */
final class TypedCitations {
    private static final Pattern CITATION = Pattern.compile(
            "(?<![\\w/.\\\\])\\d{4}/\\d{1,4}(?![\\w/])" // 2024/1689
                    + "|(?<![\\w\\\\])[A-Za-z]{2}-\\d{1,2}\\(\\d{1,2}\\)(?![\\w(])"); // AC-2(5)

    private TypedCitations() {
    }

    static String quote(String query) {
        Matcher citation = CITATION.matcher(query);
        if (!citation.find()) {
            return query;
        }
        StringBuilder quoted = new StringBuilder(query.length() + 8);
        int copied = 0;
        do {
            if (!insideQuotes(query, citation.start())) {
                quoted.append(query, copied, citation.start()).append('"').append(citation.group()).append('"');
                copied = citation.end();
            }
        } while (citation.find());
        return quoted.append(query, copied, query.length()).toString();
    }

    /** Whether an odd number of unescaped quotes comes before {@code at}. */
    private static boolean insideQuotes(String query, int at) {
        boolean inside = false;
        for (int i = 0; i < at; i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }
}
