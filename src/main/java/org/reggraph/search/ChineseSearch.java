package org.reggraph.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.reggraph.index.IndexFields;
import org.reggraph.index.ProvisionIndex;
import org.reggraph.index.analysis.ChineseText;
import org.reggraph.search.ranking.HybridRetriever;

/**
 * How a search reaches the Chinese words of the text ({@link IndexFields#TEXT_ZH}) besides the English
 * fields: only queries holding an ideograph go there, so English queries run exactly as before and never
 * load the Chinese dictionary; matches there are highlighted in the same stored text.
 */
final class ChineseSearch {
    private ChineseSearch() {
    }

    /** Whether a query or question is also searched in Chinese. */
    static boolean appliesTo(String query) {
        return ChineseText.containsHan(query);
    }

    /**
     * Ranks Chinese questions: the tuned BM25 fields plus the Chinese words at 1 and their pairs at 0.3, the
     * weights the English text and its pairs were tuned to on ObliQA (no Chinese benchmark exists to tune
     * them on), and no dense side, since the embedding model is English and would add neighbours that only
     * look close.
     */
    static HybridRetriever questionRetriever(ProvisionIndex index) {
        Map<String, Float> fields = new LinkedHashMap<>(HybridRetriever.provisionFields());
        fields.put(IndexFields.TEXT_ZH, 1f);
        fields.put(IndexFields.TEXT_ZH_BIGRAMS, 0.3f);
        return new HybridRetriever(index.questionAnalyzer(), fields, IndexFields.VECTOR, null,
                HybridRetriever.Settings.tuned());
    }

    /**
     * For the highlighter: the fields whose matches are marked in a stored field's text. Matches in the
     * Chinese field are marked in the stored text, which it indexes with the same offsets; a query that does
     * not search the Chinese field is highlighted exactly as before.
     */
    static Function<String, Set<String>> highlightedWith(Query query) {
        if (!searchesChineseField(query)) {
            return field -> Set.of();
        }
        return field -> IndexFields.TEXT.equals(field) ? Set.of(IndexFields.TEXT_ZH) : Set.of();
    }

    private static boolean searchesChineseField(Query query) {
        // A drill-down (facet filters) does not show its base query to visitors.
        Query searched = query instanceof DrillDownQuery drillDown ? drillDown.getBaseQuery() : query;
        boolean[] found = {false};
        searched.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                found[0] |= IndexFields.TEXT_ZH.equals(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }
}
