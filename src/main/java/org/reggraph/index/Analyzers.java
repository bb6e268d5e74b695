package org.reggraph.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.reggraph.index.analysis.LegalTextAnalyzer;

/** The analyzers of the provision index, one place for indexing and querying alike. */
public final class Analyzers {
    private Analyzers() {
    }

    /**
     * English with citations kept whole (see {@link LegalTextAnalyzer}); word pairs for the bigram field;
     * Chinese word segmentation for the Chinese text fields.
     */
    public static Analyzer provisionAnalyzer() {
        Analyzer prose = LegalTextAnalyzer.standard();
        return new PerFieldAnalyzerWrapper(prose, Map.of(
                IndexFields.TEXT_BIGRAMS, LegalTextAnalyzer.bigrams(),
                IndexFields.TEXT_ZH, chinese(),
                IndexFields.TEXT_ZH_BIGRAMS, chineseBigrams()));
    }

    /**
     * How a question is read against the same fields: as {@link #provisionAnalyzer()}, except that the English
     * words that only make it a question ("what", "how", "could you") are dropped (see
     * {@link org.reggraph.index.analysis.QuestionForm}).
     */
    public static Analyzer questionAnalyzer() {
        return new PerFieldAnalyzerWrapper(LegalTextAnalyzer.question(), Map.of(
                IndexFields.TEXT_BIGRAMS, LegalTextAnalyzer.questionBigrams(),
                IndexFields.TEXT_ZH, chinese(),
                IndexFields.TEXT_ZH_BIGRAMS, chineseBigrams()));
    }

    /**
     * Lucene's Smart Chinese analyzer: a hidden Markov model over a bundled dictionary cuts Chinese into
     * words (生成式人工智能 into 生成 / 式 / 人工智能), with punctuation dropped and Latin words lower-cased and
     * Porter-stemmed. Its dictionary (seconds to load) is read on first use, so a store that never sees
     * Chinese never pays for it.
     */
    static Analyzer chinese() {
        return new SmartChineseAnalyzer();
    }

    /**
     * Pairs of adjacent Chinese words (服务 提供, 提供 者), so that a question holding a term word for word
     * ranks the provisions holding it above those holding its words apart; built like the English pairs.
     */
    static Analyzer chineseBigrams() {
        return new ShingleAnalyzerWrapper(chinese(), 2, 2, " ", false, true, "_");
    }
}
