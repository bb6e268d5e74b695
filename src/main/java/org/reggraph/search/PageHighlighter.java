package org.reggraph.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A {@link UnifiedHighlighter} for one page of hits that finds the matches in each hit with a {@link Weight}
 * made once for the page, where Lucene's own highlighter rewrites the query and makes a new weight for every
 * hit (looking every query term up in the index again). It does so only where that changes nothing: offsets
 * read from the postings ({@code OffsetSource.POSTINGS}, chosen when the query has no wildcard, fuzzy or
 * other term that must be expanded), weight matches on, and the very query the weight was made from; the
 * query then rewrites the same whatever the reader, so the matches, and the snippets, are the same. Every
 * other case is left to Lucene, and so is a field that borrows the matches of other fields (masked fields,
 * as Chinese queries highlight {@code text} with {@code textZh}): Lucene's per-hit reader then reads the other
 * fields' terms in the highlighted field, which the page's weight does not.
 */
final class PageHighlighter extends UnifiedHighlighter {
    private final IndexSearcher searcher;
    private final Query query;
    private final Weight weight;

    /** {@code weight} is {@code query} rewritten by {@code searcher}, made with no scores. */
    PageHighlighter(UnifiedHighlighter.Builder builder, IndexSearcher searcher, Query query, Weight weight) {
        super(builder);
        this.searcher = searcher;
        this.query = query;
        this.weight = weight;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        if (offsetSource != OffsetSource.POSTINGS || components.getQuery() != query
                || !components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
                || borrowsOtherFields(components)) {
            return super.getOffsetStrategy(offsetSource, components);
        }
        return new PostingsOffsetStrategy(components) {
            @Override
            protected void createOffsetsEnumsWeightMatcher(LeafReader reader, int docId, List<OffsetsEnum> results)
                    throws IOException {
                LeafReaderContext leaf = leafOf(reader);
                if (leaf == null) {
                    super.createOffsetsEnumsWeightMatcher(reader, docId, results);
                    return;
                }
                Matches matches = weight.matches(leaf, docId);
                if (matches == null) {
                    return;
                }
                for (String field : matches) {
                    if (components.getFieldMatcher().test(field)) {
                        MatchesIterator iterator = matches.getMatches(field);
                        if (iterator != null) {
                            results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                        }
                    }
                }
            }
        };
    }

    private boolean borrowsOtherFields(UHComponents components) {
        for (FieldInfo field : FieldInfos.getMergedFieldInfos(searcher.getIndexReader())) {
            if (!field.name.equals(components.getField()) && components.getFieldMatcher().test(field.name)) {
                return true;
            }
        }
        return false;
    }

    /** The searcher's segment that {@code reader} is, or null when Lucene handed over a wrapped reader. */
    private LeafReaderContext leafOf(LeafReader reader) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            if (leaf.reader() == reader) {
                return leaf;
            }
        }
        return null;
    }
}
