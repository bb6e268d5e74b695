package org.reggraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reggraph.RegGraph;
import org.reggraph.api.ApiServer;
import org.reggraph.config.AppConfig;
import org.reggraph.graph.ProvisionContextReader;
import org.reggraph.index.IndexFields;
import org.reggraph.search.CrossReferencedSearch;
import org.reggraph.search.SearchRequest;
import org.reggraph.search.SearchService;
import org.reggraph.search.ranking.BagOfWordsQuery;
import org.reggraph.search.ranking.HybridRetriever;
import org.reggraph.testing.SharedCorpusStore;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * How much the documents search costs over a plain Lucene BM25 query on the same index: the shared corpus
 * is ingested into a temp folder, then every query of {@link AnalystQueries} runs, after warm-up rounds,
 * through each path in turn, round after round (the paths take turns so a change in the machine's load
 * hits them alike):
 * <ol>
 *   <li>plain BM25: a classic {@link QueryParser} over {@code text} (a bag of words for questions), same
 *   analyzer and similarity, top 10, stored IRI fetched, on its own reader of the same directory;</li>
 *   <li>{@link SearchService} in process: query or question path as the API picks it, snippets, match
 *   offsets, facet counts;</li>
 *   <li>{@link CrossReferencedSearch}, the search the API serves, in process: the same with every hit's
 *   rules and cross-references from the graph (cached per graph generation, as served); then the same
 *   written as the API's JSON; then with the graph join uncached, as for a page no one asked for yet; then
 *   with a new join cache each round, as for a run of new searches after a write to the graph;</li>
 *   <li>{@code GET /api/v1/search} over HTTP on loopback, one client, then several at once.</li>
 * </ol>
 * Prints q/s, p50, p99 and mean per path and the ratios to the baseline, and writes them to
 * {@code target/search-speed.md}. Run: {@code mvn -q -o test -Dsurefire.excludedGroups= -Dgroups=benchmark
 * -Dtest=SearchSpeedBenchmark -Dreggraph.shared=/work/shared}; {@code -Dsearchspeed.rounds=N} (default 20)
 * and {@code -Dsearchspeed.warmup=N} (default 10) change the rounds, {@code -Dsearchspeed.bodies=DIR} saves
 * every HTTP answer to compare the API's output before and after a change, {@code -Dsearchspeed.data=DIR}
 * keeps the ingested corpus in DIR for the next run.
 */
@Tag("benchmark")
class SearchSpeedBenchmark {
    static final int ROUNDS = Integer.getInteger("searchspeed.rounds", 20);
    static final int WARMUP_ROUNDS = Integer.getInteger("searchspeed.warmup", 10);
    static final int CLIENTS = Integer.getInteger("searchspeed.clients", 4);
    static final int TOP = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper API_JSON = ApiServer.jsonMapper();

    /** One way of answering a query, timed as a whole. */
    interface SearchPath {
        Object run(String query) throws Exception;
    }

    @Test
    void documentsSearchAgainstPlainBm25() throws Exception {
        String kept = System.getProperty("searchspeed.data");
        if (kept == null || kept.isBlank()) {
            measure(SharedCorpusStore.get());
        } else {
            try (TestStore store = keptStore(Path.of(kept))) {
                measure(store);
            }
        }
    }

    /** A data folder kept between runs: the shared corpus is ingested into it the first time only. */
    private static TestStore keptStore(Path folder) throws IOException {
        Path shared = TestPaths.requireShared();
        boolean ingested = Files.isDirectory(folder.resolve("index"))
                && Files.list(folder.resolve("index")).findAny().isPresent();
        TestStore store = TestStore.open(folder);
        if (!ingested) {
            store.ingest(shared.resolve("corpus"));
        }
        return store.serve();
    }

    private static void measure(TestStore store) throws Exception {
        RegGraph regGraph = store.regGraph();
        HttpClient http = HttpClient.newHttpClient();
        List<String> queries = AnalystQueries.all();
        saveBodiesAndCheckModes(store, http, queries);
        CrossReferencedSearch answers = new CrossReferencedSearch(regGraph.search(), regGraph.provisionContexts());
        for (String query : queries) {
            assertEquals(new String(httpSearch(store, http, query), StandardCharsets.UTF_8),
                    API_JSON.writeValueAsString(answers.search(SearchRequest.of(query, TOP), AnalystQueries.isQuestion(query))),
                    "the in-process answer is what the API sends for " + query);
        }
        try (Directory directory = FSDirectory.open(regGraph.config().indexDir());
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher plainSearcher = new IndexSearcher(reader);
            plainSearcher.setSimilarity(HybridRetriever.tunedSimilarity());
            Analyzer analyzer = regGraph.index().analyzer();
            SearchService service = regGraph.search();
            Map<String, SearchPath> paths = new LinkedHashMap<>();
            paths.put("a plain BM25", query -> plainBm25(plainSearcher, analyzer, query));
            paths.put("b SearchService", query -> AnalystQueries.isQuestion(query)
                    ? service.searchQuestion(SearchRequest.of(query, TOP)) : service.search(SearchRequest.of(query, TOP)));
            CrossReferencedSearch full = new CrossReferencedSearch(service, regGraph.provisionContexts());
            paths.put("c cross-referenced", query -> full.search(SearchRequest.of(query, TOP), AnalystQueries.isQuestion(query)));
            paths.put("c + JSON", query -> API_JSON.writeValueAsBytes(
                    full.search(SearchRequest.of(query, TOP), AnalystQueries.isQuestion(query))));
            // A reader of its own per query: every hit's rules and references come from SPARQL, none from cache.
            paths.put("c, graph join uncached", query -> new CrossReferencedSearch(service,
                    new ProvisionContextReader(regGraph.store(), regGraph.graph()))
                    .search(SearchRequest.of(query, TOP), AnalystQueries.isQuestion(query)));
            // A reader of its own per round: each page is new, a document's references are read once a round.
            paths.put("c, new graph join cache per round", new SearchPath() {
                private CrossReferencedSearch session;

                @Override
                public Object run(String query) {
                    if (session == null || query.equals(queries.get(0))) {
                        session = new CrossReferencedSearch(service,
                                new ProvisionContextReader(regGraph.store(), regGraph.graph()));
                    }
                    return session.search(SearchRequest.of(query, TOP), AnalystQueries.isQuestion(query));
                }
            });
            paths.put("d HTTP, 1 client", query -> httpSearch(store, http, query));

            Map<String, Latencies> all = timeInTurns(paths, queries, ROUNDS, WARMUP_ROUNDS);
            Latencies concurrent = concurrentHttp(store, queries);
            String report = report(all, concurrent, queries);
            System.out.println(report);
            Path out = TestPaths.repository().resolve("target/search-speed.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }

    /**
     * The question path over ObliQA, whose passages have vectors: each question is embedded with E5 before
     * BM25, kNN and fusion. Times, per question and in turns, plain BM25 (bag of words over {@code text}),
     * the embedding alone, {@code searchQuestion} and the cross-referenced answer, so the report can say how
     * much of the gap is the embedding. Needs {@code -Dsearchspeed.obliqa=DIR}, a data folder holding the
     * ingested collection (a copy: opening it writes a lock file); {@code -Dsearchspeed.obliqa.questions=N}
     * (default 500) test questions are timed after 100 warm-up ones.
     */
    @Test
    void obliqaQuestionPathAgainstPlainBm25() throws Exception {
        String folder = System.getProperty("searchspeed.obliqa");
        ObliqaData data = ObliqaData.locate();
        Assumptions.assumeTrue(folder != null && !folder.isBlank() && data != null,
                "ObliQA question path skipped: give -Dsearchspeed.obliqa=DIR (an ingested copy) and -Dreggraph.shared");
        List<String> questions = new ArrayList<>(ObliqaData.readQueries(data.queries("test")).values());
        int timed = Math.min(questions.size() - 100, Integer.getInteger("searchspeed.obliqa.questions", 500));
        try (RegGraph regGraph = RegGraph.open(AppConfig.fromEnvironment(Path.of(folder)))) {
            SearchService service = regGraph.search();
            CrossReferencedSearch full = new CrossReferencedSearch(service, regGraph.provisionContexts());
            IndexSearcher searcher = regGraph.index().acquire();
            try {
                Analyzer analyzer = regGraph.index().analyzer();
                Map<String, SearchPath> paths = new LinkedHashMap<>();
                paths.put("a plain BM25", question -> plainBm25(searcher, analyzer, BagOfWordsQuery.of(analyzer,
                        IndexFields.TEXT, question)));
                paths.put("e embed question only", question -> regGraph.index().embedder().get().embedQuery(question));
                paths.put("b searchQuestion", question -> service.searchQuestion(SearchRequest.of(question, TOP)));
                paths.put("c cross-referenced", question -> full.search(SearchRequest.of(question, TOP), true));
                for (String question : questions.subList(0, 100)) {
                    for (SearchPath path : paths.values()) {
                        path.run(question);
                    }
                }
                Map<String, Latencies> all = timeInTurns(paths, questions.subList(100, 100 + timed), 1, 0);
                StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                        "ObliQA question path, %d test questions after 100 warm-up ones, top %d, load average %s%n%n",
                        timed, TOP, loadAverage()));
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
                System.out.println(out);
                Path report = TestPaths.repository().resolve("target/search-speed-obliqa.md");
                Files.createDirectories(report.getParent());
                Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
            } finally {
                regGraph.index().release(searcher);
            }
        }
    }

    /** The honest baseline: what a bare Lucene application would run for the same words. */
    static List<String> plainBm25(IndexSearcher searcher, Analyzer analyzer, String query)
            throws IOException, ParseException {
        return plainBm25(searcher, analyzer, AnalystQueries.isQuestion(query)
                ? BagOfWordsQuery.of(analyzer, IndexFields.TEXT, query)
                : new QueryParser(IndexFields.TEXT, analyzer).parse(query));
    }

    static List<String> plainBm25(IndexSearcher searcher, Analyzer analyzer, Query parsed) throws IOException {
        TopDocs top = searcher.search(parsed, TOP);
        List<String> iris = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            iris.add(searcher.storedFields().document(hit.doc, Set.of(IndexFields.IRI)).get(IndexFields.IRI));
        }
        return iris;
    }

    static byte[] httpSearch(TestStore store, HttpClient http, String query) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(store.uri(searchPath(query))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + query);
        }
        return response.body();
    }

    static String searchPath(String query) {
        return "/api/v1/search?limit=" + TOP + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /**
     * Every query must find something and be read in the mode it was written for; with
     * {@code -Dsearchspeed.bodies=DIR} each answer is saved as {@code DIR/NN.json}.
     */
    private static void saveBodiesAndCheckModes(TestStore store, HttpClient http, List<String> queries)
            throws IOException, InterruptedException {
        String bodies = System.getProperty("searchspeed.bodies");
        for (int i = 0; i < queries.size(); i++) {
            String query = queries.get(i);
            byte[] body = httpSearch(store, http, query);
            JsonNode answer = JSON.readTree(body);
            assertEquals(AnalystQueries.isQuestion(query) ? "question" : "query", answer.path("mode").asText(), query);
            assertFalse(answer.path("hits").isEmpty(), "no hit for " + query);
            if (bodies != null && !bodies.isBlank()) {
                Files.createDirectories(Path.of(bodies));
                Files.write(Path.of(bodies, String.format(Locale.ROOT, "%02d.json", i)), body);
            }
        }
    }

    /**
     * Warm-up rounds, then timed rounds in which every query runs through each path in turn, the order of
     * the paths rotating from query to query: the paths of one query run within milliseconds of each other,
     * so a change in the machine's load (2 shared cores) hits them alike. Throughput is queries over the
     * summed latencies of the path.
     */
    static Map<String, Latencies> timeInTurns(Map<String, SearchPath> paths, List<String> queries, int rounds,
                                              int warmupRounds) throws Exception {
        List<String> names = new ArrayList<>(paths.keySet());
        for (int round = 0; round < warmupRounds; round++) {
            for (String name : names) {
                for (String query : queries) {
                    paths.get(name).run(query);
                }
            }
        }
        Map<String, long[]> nanos = new LinkedHashMap<>();
        names.forEach(name -> nanos.put(name, new long[rounds * queries.size()]));
        for (int round = 0; round < rounds; round++) {
            for (int q = 0; q < queries.size(); q++) {
                int sample = round * queries.size() + q;
                for (int turn = 0; turn < names.size(); turn++) {
                    String name = names.get((sample + turn) % names.size());
                    long started = System.nanoTime();
                    paths.get(name).run(queries.get(q));
                    nanos.get(name)[sample] = System.nanoTime() - started;
                }
            }
        }
        Map<String, Latencies> latencies = new LinkedHashMap<>();
        names.forEach(name -> latencies.put(name,
                new Latencies(name, nanos.get(name), java.util.Arrays.stream(nanos.get(name)).sum() / 1e9)));
        return latencies;
    }

    /** {@link #CLIENTS} clients at once, each running every query {@link #ROUNDS} times from its own offset. */
    private static Latencies concurrentHttp(TestStore store, List<String> queries) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<long[]>> clients = new ArrayList<>();
            long started = System.nanoTime();
            for (int client = 0; client < CLIENTS; client++) {
                int offset = client * queries.size() / CLIENTS;
                clients.add(pool.submit(() -> {
                    long[] times = new long[ROUNDS * queries.size()];
                    for (int i = 0; i < times.length; i++) {
                        long t = System.nanoTime();
                        httpSearch(store, http, queries.get((offset + i) % queries.size()));
                        times[i] = System.nanoTime() - t;
                    }
                    return times;
                }));
            }
            List<long[]> results = new ArrayList<>();
            for (Future<long[]> client : clients) {
                results.add(client.get());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] merged = results.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            return new Latencies("d HTTP, " + CLIENTS + " clients", merged, seconds);
        } finally {
            pool.shutdown();
        }
    }

    private static String report(Map<String, Latencies> paths, Latencies concurrent, List<String> queries) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Search speed, shared corpus, %d queries (%d keyword, %d questions) x %d rounds after %d warm-up "
                        + "rounds, top %d, load average %s%n%n", queries.size(), AnalystQueries.KEYWORDS.size(),
                AnalystQueries.QUESTIONS.size(), ROUNDS, WARMUP_ROUNDS, TOP, loadAverage()));
        out.append("| path | queries | q/s | p50 ms | p99 ms | mean ms |\n|---|---|---|---|---|---|\n");
        paths.values().forEach(latencies -> out.append(latencies.row()).append('\n'));
        out.append(concurrent.row()).append("\n\n| ratio | p50 | mean |\n|---|---|---|\n");
        Latencies baseline = paths.values().iterator().next();
        paths.values().stream().skip(1).forEach(latencies -> out.append(latencies.ratioTo(baseline)).append('\n'));
        java.util.function.IntPredicate question = i -> AnalystQueries.isQuestion(queries.get(i % queries.size()));
        for (String kind : List.of("keyword", "question")) {
            java.util.function.IntPredicate keep = kind.equals("question") ? question : question.negate();
            Latencies kindBaseline = baseline.only(kind, keep);
            paths.values().stream().skip(1).limit(3).forEach(latencies ->
                    out.append(latencies.only(kind, keep).ratioTo(kindBaseline)).append('\n'));
        }
        return out.toString();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
