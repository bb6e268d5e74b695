package org.reggraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * Latency of the example queries on RegGraph's endpoint against Fuseki 5.6.0 serving a copy of the same
 * TDB2 folder with the union default graph: same queries, same runs, same HTTP/1.1 client, in one run.
 * Both servers run as their own JVM ({@code java -jar}), so neither shares the client's. RegGraph is
 * measured before and after Fuseki, to show the drift of the machine. Needs the shaded jar and Fuseki's
 * jar (fetched into target/fuseki, not a project dependency):
 * <pre>
 * mvn -q -o package -DskipTests
 * mvn dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory=target/fuseki
 * mvn -q -o test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=SparqlLatencyBenchmark
 * </pre>
 * The full-text example has no Fuseki counterpart (rg:textSearch is ours), so it is timed on RegGraph only.
 */
@Tag("benchmark")
class SparqlLatencyBenchmark {
    static final int WARMUP = 100;
    static final int RUNS = 200;
    static final Path FUSEKI_JAR = TestPaths.repository().resolve("target/fuseki/jena-fuseki-server-5.6.0.jar");
    static final Path REGGRAPH_JAR = TestPaths.repository().resolve("target/reggraph.jar");
    static final String TEXT_QUERY = "export-licence-obligations-full-text.rq";

    @TempDir
    Path work;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void exampleQueriesAgainstFuseki() throws Exception {
        assumeTrue(Files.isRegularFile(FUSEKI_JAR), "skipped: fetch Fuseki first (see the class javadoc)");
        assumeTrue(Files.isRegularFile(REGGRAPH_JAR), "skipped: build target/reggraph.jar first");
        Map<String, String> queries = exampleQueries();
        Path dataDir = work.resolve("reggraph");
        try (TestStore store = TestStore.open(dataDir, config -> config, new KnownFindings())) {
            store.ingest(TestPaths.sampleCorpus(), SparqlTestSupport.revokedOrder(Files.createDirectories(work.resolve("extra"))));
        }
        Map<String, Integer> rows;
        Map<String, double[]> first;
        Process regGraph = startRegGraph(dataDir);
        try {
            String endpoint = "http://127.0.0.1:" + port + "/sparql";
            awaitUp(endpoint);
            rows = rowCounts(endpoint, queries);
            first = measure(endpoint, queries);
        } finally {
            stop(regGraph);
        }
        Path copy = work.resolve("fuseki-db");
        copyTree(dataDir.resolve("graph"), copy);
        Map<String, String> graphQueries = new LinkedHashMap<>(queries);
        graphQueries.remove(TEXT_QUERY);
        Map<String, double[]> fuseki;
        Process server = startFuseki(copy);
        try {
            String endpoint = "http://127.0.0.1:" + port + "/ds/sparql";
            awaitUp(endpoint);
            Map<String, Integer> fusekiRows = rowCounts(endpoint, graphQueries);
            graphQueries.keySet().forEach(name -> assertEquals(rows.get(name), fusekiRows.get(name), name));
            fuseki = measure(endpoint, graphQueries);
        } finally {
            stop(server);
        }
        Map<String, double[]> second;
        regGraph = startRegGraph(dataDir);
        try {
            String endpoint = "http://127.0.0.1:" + port + "/sparql";
            awaitUp(endpoint);
            second = measure(endpoint, queries);
        } finally {
            stop(regGraph);
        }
        report(queries.keySet(), rows, first, second, fuseki);
    }

    private void report(Iterable<String> names, Map<String, Integer> rows, Map<String, double[]> first,
                        Map<String, double[]> second, Map<String, double[]> fuseki) throws IOException {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "SPARQL latency, %d runs after %d warm-up, ms per query (median / mean)%n", RUNS, WARMUP));
        out.append(String.format(Locale.ROOT, "%-42s %5s %17s %17s %17s %9s%n", "query", "rows", "RegGraph 1st",
                "RegGraph 2nd", "Fuseki 5.6.0", "ratio*"));
        double regGraphTotal = 0;
        double fusekiTotal = 0;
        double regGraphMedians = 0;
        double fusekiMedians = 0;
        for (String name : names) {
            double[] a = first.get(name);
            double[] b = second.get(name);
            double[] f = fuseki.get(name);
            double regGraphMean = (mean(a) + mean(b)) / 2;
            String ratio = f == null ? "-" : String.format(Locale.ROOT, "%.2f", regGraphMean / mean(f));
            if (f != null) {
                regGraphTotal += regGraphMean;
                fusekiTotal += mean(f);
                regGraphMedians += (median(a) + median(b)) / 2;
                fusekiMedians += median(f);
            }
            out.append(String.format(Locale.ROOT, "%-42s %5d %17s %17s %17s %9s%n", name, rows.get(name), cell(a),
                    cell(b), f == null ? "(not ours)" : cell(f), ratio));
        }
        out.append(String.format(Locale.ROOT, "* RegGraph / Fuseki, means (RegGraph's two rounds averaged)%n"));
        out.append(String.format(Locale.ROOT, "RegGraph / Fuseki, sum of mean latencies of the shared queries: %.2f%n",
                regGraphTotal / fusekiTotal));
        out.append(String.format(Locale.ROOT, "RegGraph / Fuseki, sum of median latencies of the shared queries: %.2f%n",
                regGraphMedians / fusekiMedians));
        System.out.print(out);
        Path reportFile = TestPaths.repository().resolve("target/benchmarks/sparql-latency.txt");
        Files.createDirectories(reportFile.getParent());
        Files.writeString(reportFile, out, StandardCharsets.UTF_8);
    }

    private Map<String, double[]> measure(String endpoint, Map<String, String> queries) throws Exception {
        Map<String, double[]> millis = new LinkedHashMap<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            for (int i = 0; i < WARMUP; i++) {
                send(endpoint, query.getValue());
            }
        }
        for (String name : queries.keySet()) {
            millis.put(name, new double[RUNS]);
        }
        // Round-robin, so a slow moment of the machine falls on every query alike.
        for (int run = 0; run < RUNS; run++) {
            for (Map.Entry<String, String> query : queries.entrySet()) {
                long started = System.nanoTime();
                send(endpoint, query.getValue());
                millis.get(query.getKey())[run] = (System.nanoTime() - started) / 1e6;
            }
        }
        return millis;
    }

    private Map<String, Integer> rowCounts(String endpoint, Map<String, String> queries) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            counts.put(query.getKey(), (int) send(endpoint, query.getValue(), "text/csv").lines().count() - 1);
        }
        return counts;
    }

    private String send(String endpoint, String query) throws Exception {
        return send(endpoint, query, "application/sparql-results+json");
    }

    private String send(String endpoint, String query, String accept) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private int port;

    private Process startRegGraph(Path dataDir) throws IOException {
        port = freePort();
        return new ProcessBuilder(javaBinary(), "-jar", REGGRAPH_JAR.toString(), "serve", "--data", dataDir.toString(),
                "--port", Integer.toString(port), "--no-samples").redirectErrorStream(true)
                .redirectOutput(work.resolve("reggraph.log").toFile()).start();
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        server.waitFor();
    }

    private Process startFuseki(Path database) throws IOException {
        port = freePort();
        Path config = work.resolve("fuseki.ttl");
        Files.writeString(config, """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                <#service> a fuseki:Service ; fuseki:name "ds" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:dataset <#dataset> .
                <#dataset> a tdb2:DatasetTDB2 ; tdb2:location "%s" ; tdb2:unionDefaultGraph true .
                """.formatted(database.toAbsolutePath().toString().replace("\\", "/")), StandardCharsets.UTF_8);
        return new ProcessBuilder(javaBinary(), "-jar", FUSEKI_JAR.toString(), "--localhost",
                "--port=" + port, "--config=" + config).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("fuseki.log").toFile()).start();
    }

    private void awaitUp(String endpoint) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=ASK%7B%7D"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Fuseki is still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Fuseki did not start; see " + work.resolve("fuseki.log"));
    }

    private static Map<String, String> exampleQueries() throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(TestPaths.repository().resolve("ontology/queries"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".rq")).sorted().toList()) {
                queries.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return queries;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String cell(double[] values) {
        return String.format(Locale.ROOT, "%.2f / %.2f", median(values), mean(values));
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

}
