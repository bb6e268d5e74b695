package org.reggraph.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Weight;

/**
 * Where the query matched in each hit of one page, found once per hit and read by both of the page's readers of
 * matches: the highlighter and the match offsets ({@link MatchLocator}).
 *
 * <p>Finding a hit's {@link Matches} is the expensive part: every clause of the query, on every field, opens its
 * postings and moves them to the hit, whether or not the field is ever read. Reading a field's matches again
 * is cheap, and allowed: each {@link Matches#getMatches} call gives a new iterator (Lucene's own matches are
 * built from suppliers for that reason).
 */
final class PageMatches {
    private final IndexSearcher searcher;
    private final Weight weight;
    private final Map<Integer, Matches> byDocument = new HashMap<>();

    /** {@code weight} is the page's query rewritten by {@code searcher}, made with no scores. */
    PageMatches(IndexSearcher searcher, Weight weight) {
        this.searcher = searcher;
        this.weight = weight;
    }

    /** The matches of the searcher's document {@code docId}, or null when the query does not match it. */
    Matches of(int docId) throws IOException {
        if (byDocument.containsKey(docId)) {
            return byDocument.get(docId);
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        Matches matches = weight.matches(leaf, docId - leaf.docBase);
        byDocument.put(docId, matches);
        return matches;
    }

    /** The searcher's segment that {@code reader} is, or null when Lucene handed over a wrapped reader. */
    LeafReaderContext leafOf(LeafReader reader) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            if (leaf.reader() == reader) {
                return leaf;
            }
        }
        return null;
    }
}
