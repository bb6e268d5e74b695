package org.reggraph.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analyzers of the provision index, one place for indexing and querying alike. */
public final class Analyzers {
    private Analyzers() {
    }

    public static Analyzer provisionAnalyzer() {
        Analyzer prose = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(prose, Map.of());
    }
}
