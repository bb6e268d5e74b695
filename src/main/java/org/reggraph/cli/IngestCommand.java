package org.reggraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reggraph.RegGraph;
import org.reggraph.config.AppConfig;
import org.reggraph.pipeline.FileOutcome;
import org.reggraph.pipeline.IngestReport;
import org.reggraph.pipeline.StoredFiles;
import picocli.CommandLine.Command;
import org.reggraph.pipeline.PassageCollectionIngest;
import org.reggraph.search.semantic.SemanticMode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ingest}: stores files and folders; exit 0 when all were stored, 1 when some failed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse, segment, extract and store files (folders recursively) in the graph and index. "
                + "Exit status 0 when every file was stored, re-derived or unchanged, 1 when some failed (the rest "
                + "stay stored).")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto: any document Tika reads; jsonl: passage collections, one JSON object per line "
                    + "with id and contents (Anserini JsonCollection). Default: ${DEFAULT-VALUE}.")
    String format;

    @Mixin
    SemanticOption semantic;

    @Option(names = "--parse-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit for parsing one file; a file over it is refused, the batch goes on "
                    + "(default: ${DEFAULT-VALUE}; fractions allowed).")
    double parseTimeoutSeconds;

    @Option(names = "--rederive",
            description = "Read files whose bytes are already stored again with this version of RegGraph, and "
                    + "replace what was derived from them (text, provisions, rules, citations, mentions). Their "
                    + "provision and rule IRIs are minted again and may name other text; subdivision IRIs "
                    + "(doc/<key>/s/<label>) stay. Not with --format jsonl.")
    boolean rederive;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Optional<SemanticMode> semanticMode = semantic.mode();
        if (!format.equals("auto") && !format.equals("jsonl")) {
            throw new IllegalArgumentException("unknown --format '" + format + "': expected auto or jsonl");
        }
        if (rederive && format.equals("jsonl")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--rederive reads documents again; a jsonl collection's passages are stored as given");
        }
        if (!(parseTimeoutSeconds > 0)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--parse-timeout must be a positive number of seconds");
        }
        AppConfig config = data.config();
        config = config.withLimits(config.maxResults(), config.maxUploadBytes(),
                Duration.ofMillis(Math.max(1, Math.round(parseTimeoutSeconds * 1000))));
        try (RegGraph regGraph = RegGraph.open(config)) {
            semanticMode.ifPresent(regGraph.index()::setSemanticMode);
            ProgressPrinter progress = new ProgressPrinter(out, System.console() != null);
            IngestReport report = format.equals("jsonl")
                    ? new PassageCollectionIngest(regGraph.pipeline()).ingest(paths, progress)
                    : regGraph.pipeline().ingest(paths, progress, rederive ? StoredFiles.REDERIVE : StoredFiles.SKIP);
            printSummary(out, report);
            return report.failed() == 0 ? 0 : 1;
        }
    }

    static void printSummary(PrintStream out, IngestReport report) {
        out.println();
        out.printf(Locale.ROOT, "%-12s %8s%n", "files seen", report.seen());
        out.printf(Locale.ROOT, "%-12s %8s%n", "stored", report.stored());
        out.printf(Locale.ROOT, "%-12s %8s%n", "new versions", report.newVersions());
        out.printf(Locale.ROOT, "%-12s %8s%n", "re-derived", report.rederived());
        out.printf(Locale.ROOT, "%-12s %8s%n", "unchanged", report.unchanged());
        out.printf(Locale.ROOT, "%-12s %8s%n", "failed", report.failed());
        out.printf(Locale.ROOT, "%-12s %8s%n", "provisions", report.provisions());
        out.printf(Locale.ROOT, "%-12s %8s%n", "rules", report.rules());
        out.printf(Locale.ROOT, "%-12s %8s%n", "triples", report.triples());
        for (FileOutcome failure : report.failures()) {
            out.printf(Locale.ROOT, "FAILED %s: %s (%s)%n", failure.file(), failure.reason(),
                    failure.failure().name().toLowerCase(Locale.ROOT));
        }
    }
}
