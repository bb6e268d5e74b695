package org.reggraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reggraph.RegGraph;
import org.reggraph.config.AppConfig;
import org.reggraph.index.IndexFields;
import org.reggraph.search.CrossReferencedSearch;
import org.reggraph.search.SearchRequest;
import org.reggraph.search.SearchService;
import org.reggraph.search.ranking.BagOfWordsQuery;
import org.reggraph.search.ranking.HybridRetriever;
import org.reggraph.testing.TestPaths;

/**
 * The question path over ObliQA, whose passages have vectors: each question is embedded with E5 before
 * BM25, kNN and fusion. Times, per question and in turns, plain BM25 (bag of words over {@code text}),
 * the embedding alone, {@code searchQuestion} and the cross-referenced answer, so the report can say how
 * much of the gap is the embedding. Run: {@code mvn -q -o test -Dsurefire.excludedGroups= -Dgroups=benchmark
 * -Dtest=ObliqaQuestionSpeedBenchmark -Dreggraph.shared=/work/shared -Dsearchspeed.obliqa=DIR}, DIR a data
 * folder holding the ingested collection (a copy: opening it writes a lock file);
 * {@code -Dsearchspeed.obliqa.questions=N} (default 500) test questions are timed after 100 warm-up ones.
 * Writes {@code target/search-speed-obliqa.md}.
 */
@Tag("benchmark")
class ObliqaQuestionSpeedBenchmark {
    static final int TOP = SearchSpeedBenchmark.TOP;
    static final int WARMUP_QUESTIONS = 100;

    @Test
    void obliqaQuestionPathAgainstPlainBm25() throws Exception {
        String folder = System.getProperty("searchspeed.obliqa");
        ObliqaData data = ObliqaData.locate();
        Assumptions.assumeTrue(folder != null && !folder.isBlank() && data != null,
                "ObliQA question path skipped: give -Dsearchspeed.obliqa=DIR (an ingested copy) and -Dreggraph.shared");
        List<String> questions = new ArrayList<>(ObliqaData.readQueries(data.queries("test")).values());
        int timed = Math.min(questions.size() - WARMUP_QUESTIONS,
                Integer.getInteger("searchspeed.obliqa.questions", 500));
        try (RegGraph regGraph = RegGraph.open(AppConfig.fromEnvironment(Path.of(folder)))) {
            SearchService service = regGraph.search();
            CrossReferencedSearch full = new CrossReferencedSearch(service, regGraph.provisionContexts());
            IndexSearcher searcher = regGraph.index().acquire();
            try {
                Analyzer analyzer = regGraph.index().analyzer();
                Map<String, TurnTimer.SearchPath> paths = new LinkedHashMap<>();
                paths.put("a plain BM25", question -> TurnTimer.plainBm25(searcher, BagOfWordsQuery.of(analyzer,
                        IndexFields.TEXT, question)));
                paths.put("e embed question only", question -> regGraph.index().embedder().get().embedQuery(question));
                paths.put("b searchQuestion", question -> service.searchQuestion(SearchRequest.of(question, TOP)));
                paths.put("c cross-referenced", question -> full.search(SearchRequest.of(question, TOP), true));
                // The ranking alone, with and without the learnt reranker, on the same searcher: their
                // difference is what the reranker costs (features of the top 50 and 200 trees each).
                HybridRetriever fusedOnly = new HybridRetriever(regGraph.index().questionAnalyzer(), HybridRetriever.provisionFields(),
                        IndexFields.VECTOR, regGraph.index().embedder(), HybridRetriever.Settings.tuned());
                HybridRetriever reranked = HybridRetriever.forProvisions(regGraph.index());
                paths.put("f fused ranking", question -> fusedOnly.search(searcher, question, null, TOP));
                paths.put("g fused ranking + reranker", question -> reranked.search(searcher, question, null, TOP));
                for (String question : questions.subList(0, WARMUP_QUESTIONS)) {
                    for (TurnTimer.SearchPath path : paths.values()) {
                        path.run(question);
                    }
                }
                List<String> timedQuestions = questions.subList(WARMUP_QUESTIONS, WARMUP_QUESTIONS + timed);
                Map<String, Latencies> all = TurnTimer.timeInTurns(paths, timedQuestions, 1, 0);
                StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                        "ObliQA question path, %d test questions after %d warm-up ones, top %d, load average %s%n%n",
                        timed, WARMUP_QUESTIONS, TOP, TurnTimer.loadAverage()));
                out.append("| path | queries | q/s | p50 ms | p99 ms | mean ms |\n|---|---|---|---|---|---|\n");
                all.values().forEach(latencies -> out.append(latencies.row()).append('\n'));
                out.append("\n| ratio | p50 | mean |\n|---|---|---|\n");
                Latencies baseline = all.get("a plain BM25");
                all.values().stream().skip(1).forEach(latencies -> out.append(latencies.ratioTo(baseline)).append('\n'));
                Latencies embed = all.get("e embed question only");
                Latencies question = all.get("b searchQuestion");
                out.append(String.format(Locale.ROOT, "%nsearchQuestion without the embedding (mean): %.2f ms, "
                        + "%.2fx plain BM25%n", question.meanMillis() - embed.meanMillis(),
                        (question.meanMillis() - embed.meanMillis()) / baseline.meanMillis()));
                out.append(String.format(Locale.ROOT, "reranker (g - f, mean): %.2f ms%n",
                        all.get("g fused ranking + reranker").meanMillis() - all.get("f fused ranking").meanMillis()));
                System.out.println(out);
                Path report = TestPaths.repository().resolve("target/search-speed-obliqa.md");
                Files.createDirectories(report.getParent());
                Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
            } finally {
                regGraph.index().release(searcher);
            }
        }
    }
}
