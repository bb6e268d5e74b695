package org.reggraph.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.reggraph.RegGraph;
import org.reggraph.api.ApiServer;
import org.reggraph.config.AppConfig;
import org.reggraph.pipeline.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the API, SPARQL endpoint and web UI; a first run on an empty store ingests the samples. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI, the REST API and the SPARQL endpoint. On an empty store, first ingest "
                + "the sample corpus so a first run shows something real.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    LearntRankingOptions learntRanking;

    @Option(names = "--host", defaultValue = AppConfig.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}; loopback only).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token for writes and admin routes (or env " + AppConfig.TOKEN_ENV + "); "
                    + "without one, writes are refused.")
    String token;

    @Option(names = "--sparql-update", description = "Open SPARQL Update without the token (throwaway stores only).")
    boolean sparqlUpdate;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time limit of a search or SPARQL query (default: ${DEFAULT-VALUE}).")
    int queryTimeoutSeconds;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "10000",
            description = "Most rows a SPARQL answer carries; the cap is said in the X-RegGraph-Result-Cap header "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxResults;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Sample corpus ingested into an empty store (default: ${DEFAULT-VALUE}, else the copy in the jar).")
    Path corpus;

    @Option(names = "--no-samples", description = "Do not ingest the sample corpus into an empty store.")
    boolean noSamples;

    @Override
    public Integer call() throws InterruptedException {
        if (queryTimeoutSeconds < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--query-timeout must be at least 1 second");
        }
        if (maxResults < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--max-results must be at least 1");
        }
        AppConfig config = data.config().withLearntRanking(learntRanking.ranking()).withListen(host, port)
                .withSparqlUpdate(sparqlUpdate)
                .withQueryTimeout(Duration.ofSeconds(queryTimeoutSeconds));
        config = config.withLimits(maxResults, config.maxUploadBytes(), config.parseTimeout());
        if (token != null && !token.isBlank()) {
            config = config.withAdminToken(token);
        }
        try (RegGraph regGraph = RegGraph.open(config)) {
            if (!noSamples && regGraph.store().isEmpty()) {
                Path samples = SampleCorpus.locate(corpus);
                System.out.println("empty store: ingesting the sample corpus from " + samples);
                IngestReport report = regGraph.pipeline().ingest(List.of(samples),
                        new ProgressPrinter(System.out, System.console() != null));
                IngestCommand.printSummary(System.out, report);
            }
            Javalin server = ApiServer.create(regGraph).start();
            System.out.println("RegGraph is serving http://" + host + ":" + server.port() + "/");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                stopped.countDown();
            }, "reggraph-shutdown"));
            stopped.await();
        }
        return 0;
    }
}
