package org.reggraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern that holds one of a few literals ("CFR", "Executive") by running it only in
 * windows around the literals' occurrences. {@link String#indexOf} finds those far faster than the regex
 * engine tries a pattern opening with {@code \b} at every position of an 800-page act, and citations are
 * rare. A window reaches {@link #BEFORE} characters before its literal and {@link #AFTER} after it, more than
 * any citation spans; overlapping windows are merged, so every match is found once and in text order.
 */
final class LiteralWindows {
    static final int BEFORE = 200;
    static final int AFTER = 400;

    private LiteralWindows() {
    }

    /** Every match of {@code pattern} in {@code text}, as {@link Matcher#find()} would find them. */
    static List<MatchResult> findAll(Pattern pattern, List<String> literals, String text) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<MatchResult> matches = new ArrayList<>();
        if (literals.isEmpty()) {
            while (matcher.find()) {
                matches.add(matcher.toMatchResult());
            }
            return matches;
        }
        int[] window = {-1, -1};
        Occurrences occurrences = new Occurrences(text, literals);
        for (int at = occurrences.next(0); at >= 0; at = occurrences.next(at + 1)) {
            int start = Math.max(0, at - BEFORE);
            int end = Math.min(text.length(), at + AFTER);
            if (window[0] >= 0 && start > window[1]) {
                findIn(matcher, window, text.length(), matches);
                window[0] = -1;
            }
            if (window[0] < 0) {
                window[0] = Math.max(start, lastEnd(matches));
            }
            window[1] = end;
        }
        if (window[0] >= 0) {
            findIn(matcher, window, text.length(), matches);
        }
        return matches;
    }

    /** Whether the text holds a match. */
    static boolean occursIn(Pattern pattern, List<String> literals, String text) {
        return !findAll(pattern, literals, text).isEmpty();
    }

    private static void findIn(Matcher matcher, int[] window, int textEnd, List<MatchResult> matches) {
        matcher.region(window[0], window[1]);
        while (matcher.find()) {
            if (matcher.end() == window[1] && window[1] < textEnd) {
                // The window may have cut the match short: match again from its start to the text's end.
                matcher.region(matcher.start(), textEnd).lookingAt();
                matches.add(matcher.toMatchResult());
                return;
            }
            matches.add(matcher.toMatchResult());
        }
    }

    private static int lastEnd(List<MatchResult> matches) {
        return matches.isEmpty() ? 0 : matches.get(matches.size() - 1).end();
    }

    /** The literals' next occurrences, each searched for again only once passed. */
    private static final class Occurrences {
        private final String text;
        private final List<String> literals;
        private final int[] next;

        Occurrences(String text, List<String> literals) {
            this.text = text;
            this.literals = literals;
            this.next = new int[literals.size()];
            java.util.Arrays.fill(next, -2);
        }

        /** The first position at or after {@code from} where a literal occurs, or -1. */
        int next(int from) {
            int first = -1;
            for (int i = 0; i < next.length; i++) {
                if (next[i] == -2 || next[i] >= 0 && next[i] < from) {
                    next[i] = text.indexOf(literals.get(i), from);
                }
                if (next[i] >= 0 && (first < 0 || next[i] < first)) {
                    first = next[i];
                }
            }
            return first;
        }
    }
}
