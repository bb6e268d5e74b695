package org.reggraph.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.reggraph.index.analysis.LegalTextAnalyzer;

/** The analyzers of the provision index, one place for indexing and querying alike. */
public final class Analyzers {
    private Analyzers() {
    }

    /** English with citations kept whole (see {@link LegalTextAnalyzer}); word pairs for the bigram field. */
    public static Analyzer provisionAnalyzer() {
        Analyzer prose = LegalTextAnalyzer.standard();
        return new PerFieldAnalyzerWrapper(prose, Map.of(IndexFields.TEXT_BIGRAMS, LegalTextAnalyzer.bigrams()));
    }
}
