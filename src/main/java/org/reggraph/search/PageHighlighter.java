package org.reggraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
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
 * hit (looking every query term up in the index again), and that highlights the texts the page has read
 * already instead of reading them from the stored fields again. A hit's matches are found once for the page
 * ({@link PageMatches}), and the match offsets read them again.
 *
 * <p>The page's weight is used where the field's offsets are in the postings and weight matches are on, for
 * the very query the weight was made from. A wildcard or fuzzy query too: Lucene would re-analyse every hit's
 * text into a one-document index ({@code MemoryIndex}) to expand it, because expanding it over the postings
 * could mean scanning every term of the field; the weight's matches expand it as the search did, through the
 * terms dictionary, and find the same words at the same offsets (the match offsets of a hit are read from the
 * same weight). One difference is possible: a fuzzy term with more variants in the index than the search keeps
 * (50) marks only the variants the search matched, where Lucene would mark every variant in the hit. Every
 * other case is left to Lucene, and so is a field that borrows the matches of other fields (masked fields, as
 * Chinese queries highlight {@code text} with {@code textZh}): Lucene's per-hit reader then reads the other
 * fields' terms in the highlighted field, which the page's weight does not.
 */
final class PageHighlighter extends UnifiedHighlighter {
    private final IndexSearcher searcher;
    private final Query query;
    private final PageMatches matches;
    private final String textField;
    private final Map<Integer, String> texts;

    /**
     * {@code matches} are those of {@code query}'s weight in {@code searcher}; {@code texts} holds the stored value
     * of {@code textField} of the page's hits, by document number.
     */
    PageHighlighter(UnifiedHighlighter.Builder builder, IndexSearcher searcher, Query query, PageMatches matches,
                    String textField, Map<Integer, String> texts) {
        super(builder);
        this.searcher = searcher;
        this.query = query;
        this.matches = matches;
        this.textField = textField;
        this.texts = texts;
    }

    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
        OffsetSource optimized = super.getOptimizedOffsetSource(components);
        return optimized == OffsetSource.ANALYSIS && getOffsetSource(components.getField()) == OffsetSource.POSTINGS
                && matchesWithPageWeight(components) ? OffsetSource.POSTINGS : optimized;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        if (offsetSource != OffsetSource.POSTINGS || !matchesWithPageWeight(components)) {
            return super.getOffsetStrategy(offsetSource, components);
        }
        return new PostingsOffsetStrategy(components) {
            @Override
            protected void createOffsetsEnumsWeightMatcher(LeafReader reader, int docId, List<OffsetsEnum> results)
                    throws IOException {
                LeafReaderContext leaf = matches.leafOf(reader);
                if (leaf == null) {
                    super.createOffsetsEnumsWeightMatcher(reader, docId, results);
                    return;
                }
                Matches hit = matches.of(leaf.docBase + docId);
                if (hit == null) {
                    return;
                }
                for (String field : hit) {
                    if (components.getFieldMatcher().test(field)) {
                        MatchesIterator iterator = hit.getMatches(field);
                        if (iterator != null) {
                            results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                        }
                    }
                }
            }
        };
    }

    private boolean matchesWithPageWeight(UHComponents components) {
        return components.getQuery() == query && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
                && !borrowsOtherFields(components);
    }

    /**
     * The page's texts, cut at the highlighter's maximum length as Lucene cuts a stored value it reads; a
     * document the page has not read, or another field, is read from the stored fields.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        if (fields.length != 1 || !fields[0].equals(textField)) {
            return super.loadFieldValues(fields, docs, cacheCharsThreshold);
        }
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            String text = texts.containsKey(doc) ? texts.get(doc)
                    : searcher.storedFields().document(doc, Set.of(textField)).get(textField);
            values.add(new CharSequence[] {text == null ? null : text.substring(0, Math.min(getMaxLength(), text.length()))});
        }
        return values;
    }

    private boolean borrowsOtherFields(UHComponents components) {
        for (FieldInfo field : FieldInfos.getMergedFieldInfos(searcher.getIndexReader())) {
            if (!field.name.equals(components.getField()) && components.getFieldMatcher().test(field.name)) {
                return true;
            }
        }
        return false;
    }
}
