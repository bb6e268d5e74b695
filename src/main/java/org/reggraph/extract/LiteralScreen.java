package org.reggraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A necessary condition for a pattern to match, checked with a few substring searches before the regular
 * expression runs: the lower-cased text holds a literal of every group. A pattern that opens with
 * {@code \b} tries its alternatives at every character of every sentence, while most sentences of a long act
 * hold none of its words; screening them out is most of what keeps extraction cheap.
 */
record LiteralScreen(List<List<String>> groups) {

    /** Admits a text that holds one of these literals (lower case). */
    static LiteralScreen anyOf(String... literals) {
        return new LiteralScreen(List.of(List.of(literals)));
    }

    /** Also requires one of these literals (lower case). */
    LiteralScreen andAnyOf(String... literals) {
        List<List<String>> more = new ArrayList<>(groups);
        more.add(List.of(literals));
        return new LiteralScreen(List.copyOf(more));
    }

    /** Whether a match is possible in {@code lowerCased}, the text lower-cased with {@code Locale.ROOT}. */
    boolean admits(String lowerCased) {
        for (List<String> group : groups) {
            if (group.stream().noneMatch(lowerCased::contains)) {
                return false;
            }
        }
        return true;
    }
}
