package org.reggraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.reggraph.index.IndexFields;

/**
 * Parses people's queries in Lucene's classic syntax (phrases, boolean operators, wildcards, fields) over
 * the provision's text and headings, boosting headings and labels, and adds facet filters as drill-downs.
 * Queries written in Chinese also search the text's Chinese words ({@link #fieldsFor}).
 */
final class QueryBuilder {
    /**
     * Fields a bare term searches. The document title is left out on purpose: matching it would return every
     * provision of a document; it stays searchable by name ({@code documentTitle:licensing}).
     */
    static final Map<String, Float> FIELD_BOOSTS = Map.of(
            IndexFields.TEXT, 1.0f,
            IndexFields.HEADING, 1.5f,
            IndexFields.LABEL, 2.0f);

    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    private final UnaryOperator<String> rewriter;

    QueryBuilder(Analyzer analyzer, FacetsConfig facetsConfig, UnaryOperator<String> rewriter) {
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
        this.rewriter = rewriter;
    }

    Query parse(String text) {
        String rewritten = rewriter.apply(text);
        Map<String, Float> boosts = fieldsFor(rewritten);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(boosts.keySet().toArray(String[]::new), analyzer, boosts);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(rewritten);
        } catch (ParseException e) {
            throw new QuerySyntaxException("cannot parse query '" + text + "': " + firstLine(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("cannot run query '" + text + "': " + e.getMessage(), e);
        }
    }

    /**
     * A query written with ideographs also searches the Chinese words of the text. Like English words, the
     * words of an unquoted Chinese term are alternatives ranked by BM25; quotes make them a phrase. The
     * parser's automatic phrases are not used: they turn a whole Chinese sentence into one phrase that
     * rarely matches. A query without ideographs searches exactly the English fields, as before.
     */
    static Map<String, Float> fieldsFor(String query) {
        if (!ChineseSearch.appliesTo(query)) {
            return FIELD_BOOSTS;
        }
        Map<String, Float> fields = new HashMap<>(FIELD_BOOSTS);
        fields.put(IndexFields.TEXT_ZH, 1.0f);
        return fields;
    }

    Query withFilters(Query base, Map<String, List<String>> filters) {
        if (filters.isEmpty()) {
            return base;
        }
        DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, base);
        filters.forEach((dimension, values) -> values.forEach(value -> drillDown.add(dimension, value)));
        return drillDown;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
