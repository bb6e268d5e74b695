package org.reggraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.reggraph.index.IndexFields;

/**
 * Finds where a query matched inside a provision, from the offsets stored in the postings, and shifts them
 * into the document's text in code points: the positions a reader jumps to.
 */
final class MatchLocator {
    static final int MAX_MATCHES_PER_HIT = 50;
    /** The fields that index the provision's text, each with offsets into it. */
    private static final List<String> TEXT_FIELDS = List.of(IndexFields.TEXT, IndexFields.TEXT_ZH);
    private static final Comparator<SearchHit.Offsets> IN_TEXT_ORDER =
            Comparator.comparingInt(SearchHit.Offsets::start).thenComparingInt(SearchHit.Offsets::end);

    private final PageMatches pageMatches;

    MatchLocator(PageMatches pageMatches) {
        this.pageMatches = pageMatches;
    }

    List<SearchHit.Offsets> locate(int docId, String provisionText, int provisionStart) throws IOException {
        Matches matches = pageMatches.of(docId);
        if (matches == null) {
            return List.of();
        }
        // Both fields index the same string, so their offsets mix; a Latin word can match in both.
        SortedSet<SearchHit.Offsets> found = new TreeSet<>(IN_TEXT_ORDER);
        for (String field : TEXT_FIELDS) {
            MatchesIterator iterator = matches.getMatches(field);
            CodePoints codePoints = new CodePoints(provisionText);
            // Each field yields its matches in text order, so its first MAX_MATCHES_PER_HIT are enough.
            for (int seen = 0; iterator != null && seen < MAX_MATCHES_PER_HIT && iterator.next(); seen++) {
                int start = iterator.startOffset();
                int end = iterator.endOffset();
                if (start < 0 || end > provisionText.length()) {
                    continue;
                }
                int startCodePoint = codePoints.before(start);
                found.add(new SearchHit.Offsets(provisionStart + startCodePoint,
                        provisionStart + startCodePoint + provisionText.codePointCount(start, end)));
            }
        }
        return outermost(found).stream().limit(MAX_MATCHES_PER_HIT).toList();
    }

    /**
     * The matches not inside another: a citation typed whole matches both as its whole term and as the phrase
     * of its parts ("AC-6(5)" and "AC-6(5"), and a reader jumps to one span, the citation.
     */
    private static List<SearchHit.Offsets> outermost(SortedSet<SearchHit.Offsets> inTextOrder) {
        List<SearchHit.Offsets> kept = new ArrayList<>(inTextOrder.size());
        for (SearchHit.Offsets match : inTextOrder) {
            SearchHit.Offsets last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && match.end() <= last.end()) {
                continue;
            }
            if (last != null && match.start() == last.start()) {
                kept.set(kept.size() - 1, match);
            } else {
                kept.add(match);
            }
        }
        return kept;
    }

    /**
     * Code points before a character index, counted on from the index asked for last when it lies ahead: a
     * field's matches come in text order, so a long provision is scanned about once instead of once a match.
     */
    private static final class CodePoints {
        private final String text;
        private int index;
        private int count;

        CodePoints(String text) {
            this.text = text;
        }

        int before(int charIndex) {
            if (charIndex < index || splitsPair(index)) {
                index = 0;
                count = 0;
            }
            count += text.codePointCount(index, charIndex);
            index = charIndex;
            return count;
        }

        /** Counted apart, the two halves of a surrogate pair would be two code points. */
        private boolean splitsPair(int at) {
            return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                    && Character.isLowSurrogate(text.charAt(at));
        }
    }
}
