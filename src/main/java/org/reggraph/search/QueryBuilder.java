package org.reggraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
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
        String rewritten = TypedCitations.quote(rewriter.apply(text));
        Map<String, Float> boosts = fieldsFor(rewritten);
        MultiFieldQueryParser parser = new ProvisionQueryParser(boosts.keySet().toArray(String[]::new), analyzer, boosts);
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
     * A query written with ideographs also searches the Chinese words of the text. A query without
     * ideographs searches exactly the English fields, as before.
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

    /** The classic parser, taught how the provision fields are analysed (see its two methods). */
    private static final class ProvisionQueryParser extends MultiFieldQueryParser {
        /**
         * Endings that complete an English word typed in part, whose stems are tried (see {@link
         * #getPrefixQuery}): inflections, and the derivations the Porter stemmer cuts back into the word.
         */
        private static final List<String> COMPLETIONS = List.of("e", "s", "es", "ed", "ing", "ion", "ions", "ation",
                "ations", "er", "ers", "or", "ors", "y", "ies", "ive", "ity", "al", "ance", "ence", "ment", "ments",
                "able", "ible", "ism", "ize");

        ProvisionQueryParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
            super(fields, analyzer, boosts);
        }

        /**
         * The text, headings, labels and titles are indexed stemmed ({@link IndexFields#STEMMED}), so a prefix
         * finds nothing of the words whose stem is shorter than it:
         * {@code biometric*} would look for terms starting "biometric" where the index holds "biometr",
         * {@code regulat*} would miss "regulation" and "regulate" (stemmed "regul"), {@code vett*} every
         * "vetted" and "vetting" ("vet"). The prefix is searched as typed, as its own stem, and as the exact
         * stems of its usual completions that are shorter than it ({@link #COMPLETIONS}): "regul", not every
         * term starting "reg".
         */
        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            Query typed = super.getPrefixQuery(field, termStr);
            // The multi-field parser asks first for no field, then for each of its fields.
            if (field == null || !IndexFields.STEMMED.contains(field) || typed == null) {
                return typed;
            }
            String prefix = normalizeMultiTerm(field, termStr);
            BooleanQuery.Builder either = new BooleanQuery.Builder().add(typed, BooleanClause.Occur.SHOULD);
            String stem = stem(field, termStr);
            boolean widened = false;
            if (stem != null && !stem.equals(prefix)) {
                either.add(super.getPrefixQuery(field, stem), BooleanClause.Occur.SHOULD);
                widened = true;
            }
            Set<BytesRef> shorterStems = new TreeSet<>();
            for (String ending : COMPLETIONS) {
                String completed = stem(field, termStr + ending);
                if (completed != null && !completed.startsWith(prefix) && (stem == null || !completed.startsWith(stem))) {
                    shorterStems.add(new BytesRef(completed));
                }
            }
            if (!shorterStems.isEmpty()) {
                // Scored as the prefix is, every match alike, not by the stem's BM25 weight.
                either.add(new ConstantScoreQuery(new TermInSetQuery(field, shorterStems)), BooleanClause.Occur.SHOULD);
                widened = true;
            }
            return widened ? either.build() : typed;
        }

        /** The single term the field's analyser makes of a word, or null (a stop word, several tokens). */
        private String stem(String field, String word) {
            try (TokenStream tokens = getAnalyzer().tokenStream(field, word)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                String first = tokens.incrementToken() ? term.toString() : null;
                boolean more = first != null && tokens.incrementToken();
                tokens.end();
                return more ? null : first;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot analyse " + word, e);
            }
        }

        private String normalizeMultiTerm(String field, String word) {
            return getAnalyzer().normalize(field, word).utf8ToString();
        }

        /**
         * Chinese writes a term without spaces, so the analyser cuts one typed term (服务提供者) into several
         * words (服务 / 提供 / 者). They are searched as alternatives, as English words are, so a provision
         * holding only some of them is still found, plus the same words as a phrase, so one holding the term
         * word for word ranks first. The parser's automatic phrases alone are not used: they turn a whole
         * Chinese sentence into one phrase that rarely matches. Quotes still ask for the phrase only.
         */
        @Override
        protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
                throws ParseException {
            Query words = super.newFieldQuery(analyzer, field, queryText, quoted);
            if (quoted || !IndexFields.TEXT_ZH.equals(field) || words == null) {
                return words;
            }
            Query phrase = super.newFieldQuery(analyzer, field, queryText, true);
            if (phrase == null || phrase.equals(words)) {
                return words;
            }
            return new BooleanQuery.Builder()
                    .add(words, BooleanClause.Occur.SHOULD)
                    .add(phrase, BooleanClause.Occur.SHOULD)
                    .build();
        }
    }
}
