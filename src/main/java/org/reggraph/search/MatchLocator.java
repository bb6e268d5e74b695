package org.reggraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;
import org.reggraph.index.IndexFields;

/**
 * Finds where a query matched inside a provision, from the offsets stored in the postings, and shifts them
 * into the document's text in code points: the positions a reader jumps to.
 */
final class MatchLocator {
    static final int MAX_MATCHES_PER_HIT = 50;

    private final IndexSearcher searcher;
    private final Weight weight;

    /** {@code weight} is the query rewritten by {@code searcher}, made with no scores. */
    MatchLocator(IndexSearcher searcher, Weight weight) {
        this.searcher = searcher;
        this.weight = weight;
    }

    List<SearchHit.Offsets> locate(int docId, String provisionText, int provisionStart) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        Matches matches = weight.matches(leaf, docId - leaf.docBase);
        if (matches == null) {
            return List.of();
        }
        MatchesIterator iterator = matches.getMatches(IndexFields.TEXT);
        List<SearchHit.Offsets> found = new ArrayList<>();
        while (iterator != null && iterator.next() && found.size() < MAX_MATCHES_PER_HIT) {
            int start = iterator.startOffset();
            int end = iterator.endOffset();
            if (start < 0 || end > provisionText.length()) {
                continue;
            }
            found.add(new SearchHit.Offsets(
                    provisionStart + provisionText.codePointCount(0, start),
                    provisionStart + provisionText.codePointCount(0, end)));
        }
        return found;
    }
}
