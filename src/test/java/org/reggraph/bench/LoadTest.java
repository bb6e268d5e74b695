package org.reggraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * A bounded load test on loopback: several clients send a mix of searches, document pages, document texts
 * and (when the endpoint exists) SPARQL queries for a fixed time and at most a fixed number of requests.
 * Phase one is reads alone (the baseline); phase two repeats it while uploads are ingested through the
 * write route. Reports throughput, p50/p99 latency and errors per phase and their ratios, and fails on any
 * failed request. Run: {@code mvn -q -o test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=LoadTest}.
 */
@Tag("benchmark")
class LoadTest {
    static final int CLIENTS = Integer.getInteger("reggraph.load.clients", 8);
    static final Duration PHASE = Duration.ofSeconds(Long.getLong("reggraph.load.seconds", 20));
    static final int MAX_REQUESTS = 50_000;
    static final String TOKEN = "load-test-token";
    static final List<String> QUERIES = List.of("licen*", "\"model weights\"", "export AND control*", "security",
            "weights~1", "report*", "incident", "transfer AND NOT news", "obligation", "access");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workDir;

    @Test
    void readsHoldUnderLoadAndWhileIngesting() throws Exception {
        try (TestStore store = TestStore.open(workDir.resolve("data"), config -> config.withAdminToken(TOKEN))) {
            store.ingest(TestPaths.sampleCorpus());
            store.serve();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<String> documents = new ArrayList<>();
            for (JsonNode doc : JSON.readTree(store.get("/api/v1/documents").body()).path("documents")) {
                documents.add(doc.path("id").asText());
            }
            boolean sparql = store.get("/sparql?query=" + encode("ASK {}")).statusCode() == 200;
            run(http, store, documents, sparql, Duration.ofSeconds(5), null); // warm-up, not reported

            PhaseResult baseline = run(http, store, documents, sparql, PHASE, null);
            PhaseResult loaded = run(http, store, documents, sparql, PHASE, workDir.resolve("uploads"));

            String report = report(baseline, loaded, sparql);
            System.out.println(report);
            Path out = TestPaths.repository().resolve("target/load-test.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            assertEquals(0, baseline.errors(), report);
            assertEquals(0, loaded.errors(), report);
            assertTrue(loaded.uploadsStored() > 0, "documents were ingested during phase two: " + report);
        }
    }

    private PhaseResult run(HttpClient http, TestStore store, List<String> documents, boolean sparql,
                            Duration length, Path uploads) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger budget = new AtomicInteger(MAX_REQUESTS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        List<Future<ClientResult>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            long seed = client;
            clients.add(pool.submit(() -> readLoop(http, store, documents, sparql, new Random(seed), stop, budget)));
        }
        Future<int[]> ingest = uploads == null ? null : pool.submit(() -> uploadLoop(http, store, uploads, stop));
        long started = System.nanoTime();
        Thread.sleep(length.toMillis());
        stop.set(true);
        List<Long> latencies = new ArrayList<>();
        int errors = 0;
        List<String> samples = new ArrayList<>();
        for (Future<ClientResult> client : clients) {
            ClientResult result = client.get();
            latencies.addAll(result.latenciesNanos());
            errors += result.errors().size();
            result.errors().stream().limit(3).forEach(samples::add);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int[] uploaded = ingest == null ? new int[] {0, 0} : ingest.get();
        pool.shutdown();
        latencies.sort(null);
        return new PhaseResult(latencies.size(), errors, seconds, percentile(latencies, 50), percentile(latencies, 99),
                uploaded[0], uploaded[1], samples);
    }

    private ClientResult readLoop(HttpClient http, TestStore store, List<String> documents, boolean sparql,
                                  Random random, AtomicBoolean stop, AtomicInteger budget) {
        List<Long> latencies = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        while (!stop.get() && budget.decrementAndGet() >= 0) {
            String path = nextPath(documents, sparql, random);
            long started = System.nanoTime();
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(store.uri(path))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                latencies.add(System.nanoTime() - started);
                if (response.statusCode() != 200) {
                    errors.add(response.statusCode() + " " + path);
                }
            } catch (Exception e) {
                latencies.add(System.nanoTime() - started);
                errors.add(e.getClass().getSimpleName() + " " + path);
            }
        }
        return new ClientResult(latencies, errors);
    }

    private static String nextPath(List<String> documents, boolean sparql, Random random) {
        int pick = random.nextInt(100);
        String doc = documents.get(random.nextInt(documents.size()));
        if (pick < 55) {
            return "/api/v1/search?limit=10&q=" + encode(QUERIES.get(random.nextInt(QUERIES.size())));
        } else if (pick < 80) {
            return "/api/v1/documents/" + doc;
        } else if (pick < 90 || !sparql) {
            return pick % 2 == 0 ? "/api/v1/documents/" + doc + "/text" : "/api/v1/documents";
        }
        return "/sparql?query=" + encode("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20");
    }

    /** Uploads a new notice every 250 ms until stopped; returns {stored, failed}. */
    private static int[] uploadLoop(HttpClient http, TestStore store, Path folder, AtomicBoolean stop) throws Exception {
        Files.createDirectories(folder);
        int stored = 0;
        int failed = 0;
        for (int n = 0; !stop.get(); n++) {
            StringBuilder text = new StringBuilder("Notice " + n + " on controlled model weights\n\n");
            for (int section = 1; section <= 30; section++) {
                text.append("Section ").append(section).append(". The exporter of batch ").append(n)
                        .append(" shall report every transfer of model weights within ").append(section)
                        .append(" days.\n\n");
            }
            String boundary = "load-" + n;
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notice-" + n
                    + ".txt\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(store.uri("/api/v1/documents"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                stored++;
            } else {
                failed++;
            }
            Thread.sleep(250);
        }
        return new int[] {stored, failed};
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String report(PhaseResult baseline, PhaseResult loaded, boolean sparql) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Load test: %d clients, %d s per phase, loopback, mix 55%% search / 25%% document page / "
                        + "10%% text or list / %s%n%n", CLIENTS, PHASE.toSeconds(),
                sparql ? "10% SPARQL" : "10% text or list (no SPARQL endpoint on this build)"));
        out.append("| Phase | Requests | Errors | Throughput (req/s) | p50 (ms) | p99 (ms) | Uploads stored / failed |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        out.append(baseline.row("reads only (baseline)")).append(loaded.row("reads + concurrent upload ingest"));
        out.append(String.format(Locale.ROOT, "%nRatios (with ingest / baseline): throughput %.2f, p50 %.2f, p99 %.2f%n",
                loaded.throughput() / baseline.throughput(), (double) loaded.p50() / baseline.p50(),
                (double) loaded.p99() / baseline.p99()));
        if (!baseline.errorSamples().isEmpty() || !loaded.errorSamples().isEmpty()) {
            out.append("Errors: ").append(baseline.errorSamples()).append(loaded.errorSamples()).append('\n');
        }
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    record ClientResult(List<Long> latenciesNanos, List<String> errors) {
    }

    record PhaseResult(int requests, int errors, double seconds, long p50, long p99, int uploadsStored,
                       int uploadsFailed, List<String> errorSamples) {
        double throughput() {
            return requests / seconds;
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %d / %d |%n", name, requests, errors,
                    throughput(), p50 / 1e6, p99 / 1e6, uploadsStored, uploadsFailed);
        }
    }
}
