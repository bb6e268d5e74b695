package org.reggraph.testing;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.reggraph.RegGraph;
import org.reggraph.api.ApiServer;
import org.reggraph.config.AppConfig;
import org.reggraph.pipeline.FindingsExtractor;
import org.reggraph.pipeline.IngestReport;
import org.reggraph.pipeline.ProgressListener;

/**
 * A real RegGraph in a temporary folder (real TDB2, real Lucene), optionally serving real HTTP on a random
 * loopback port. Built through the same composition root as the command line.
 */
public final class TestStore implements AutoCloseable {
    private final RegGraph regGraph;
    private Javalin server;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestStore(RegGraph regGraph) {
        this.regGraph = regGraph;
    }

    public static TestStore open(Path dataDir) {
        return open(dataDir, UnaryOperator.identity());
    }

    public static TestStore open(Path dataDir, UnaryOperator<AppConfig> configure) {
        AppConfig config = configure.apply(AppConfig.defaults(dataDir).withListen("127.0.0.1", 0));
        return new TestStore(RegGraph.open(config));
    }

    /**
     * A store under {@code dataDir} holding the sample corpus, every file of it stored: the set-up of a test that
     * reads what the samples make.
     */
    public static TestStore withSamples(Path dataDir) {
        TestStore store = open(dataDir);
        IngestReport report = store.ingest(TestPaths.sampleCorpus());
        if (report.failed() > 0) {
            store.close();
            throw new IllegalStateException("samples failed to ingest: " + report.failures());
        }
        return store;
    }

    /** A store whose extraction stage is {@code extractor}, for tests that need given rules in the graph. */
    public static TestStore open(Path dataDir, UnaryOperator<AppConfig> configure, FindingsExtractor extractor) {
        AppConfig config = configure.apply(AppConfig.defaults(dataDir).withListen("127.0.0.1", 0));
        return new TestStore(RegGraph.open(config, extractor));
    }

    /**
     * A store under {@code folder} holding only the given texts, written as files by relative path (a folder named
     * {@code news} makes news), ingested without a failure and served: the set-up of a test that searches
     * fixtures of its own over HTTP.
     */
    public static TestStore serving(Path folder, Map<String, String> textsByFileName) throws IOException {
        Path sources = Files.createDirectories(folder.resolve("sources"));
        for (Map.Entry<String, String> text : textsByFileName.entrySet()) {
            Path file = sources.resolve(text.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.getValue(), StandardCharsets.UTF_8);
        }
        TestStore store = open(folder.resolve("data"));
        IngestReport report = store.ingest(sources);
        if (report.failed() > 0) {
            store.close();
            throw new IllegalStateException("fixtures failed to ingest: " + report.failures());
        }
        return store.serve();
    }

    public RegGraph regGraph() {
        return regGraph;
    }

    public IngestReport ingest(Path... paths) {
        return regGraph.pipeline().ingest(List.of(paths), ProgressListener.SILENT);
    }

    public TestStore serve() {
        server = ApiServer.create(regGraph).start();
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String pathAndQuery) {
        return URI.create(baseUrl() + pathAndQuery);
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
        regGraph.close();
    }
}
