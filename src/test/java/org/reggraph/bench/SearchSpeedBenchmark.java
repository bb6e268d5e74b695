package org.reggraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reggraph.RegGraph;
import org.reggraph.api.ApiServer;
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
        boolean ingested = false;
        if (Files.isDirectory(folder.resolve("index"))) {
            try (Stream<Path> files = Files.list(folder.resolve("index"))) {
                ingested = files.findAny().isPresent();
            }
        }
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
            Map<String, TurnTimer.SearchPath> paths = new LinkedHashMap<>();
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
            paths.put("c, new graph join cache per round", new TurnTimer.SearchPath() {
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

            Map<String, Latencies> all = TurnTimer.timeInTurns(paths, queries, ROUNDS, WARMUP_ROUNDS);
            Latencies concurrent = concurrentHttp(store, queries);
            String report = report(all, concurrent, queries);
            System.out.println(report);
            Path out = TestPaths.repository().resolve("target/search-speed.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }

    /** The honest baseline: what a bare Lucene application would run for the same words. */
    static List<String> plainBm25(IndexSearcher searcher, Analyzer analyzer, String query)
            throws IOException, ParseException {
        return TurnTimer.plainBm25(searcher, AnalystQueries.isQuestion(query)
                ? BagOfWordsQuery.of(analyzer, IndexFields.TEXT, query)
                : new QueryParser(IndexFields.TEXT, analyzer).parse(query));
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
            long[] merged = results.stream().flatMapToLong(Arrays::stream).toArray();
            return new Latencies("d HTTP, " + CLIENTS + " clients", merged, seconds);
        } finally {
            pool.shutdown();
        }
    }

    private static String report(Map<String, Latencies> paths, Latencies concurrent, List<String> queries) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Search speed, shared corpus, %d queries (%d keyword, %d questions) x %d rounds after %d warm-up "
                        + "rounds, top %d, load average %s%n%n", queries.size(), AnalystQueries.KEYWORDS.size(),
                AnalystQueries.QUESTIONS.size(), ROUNDS, WARMUP_ROUNDS, TOP, TurnTimer.loadAverage()));
        out.append("| path | queries | q/s | p50 ms | p99 ms | mean ms |\n|---|---|---|---|---|---|\n");
        paths.values().forEach(latencies -> out.append(latencies.row()).append('\n'));
        out.append(concurrent.row()).append("\n\n| ratio | p50 | mean |\n|---|---|---|\n");
        Latencies baseline = paths.values().iterator().next();
        paths.values().stream().skip(1).forEach(latencies -> out.append(latencies.ratioTo(baseline)).append('\n'));
        IntPredicate question = i -> AnalystQueries.isQuestion(queries.get(i % queries.size()));
        for (String kind : List.of("keyword", "question")) {
            IntPredicate keep = kind.equals("question") ? question : question.negate();
            Latencies kindBaseline = baseline.only(kind, keep);
            paths.values().stream().skip(1).limit(3).forEach(latencies ->
                    out.append(latencies.only(kind, keep).ratioTo(kindBaseline)).append('\n'));
        }
        return out.toString();
    }

}
