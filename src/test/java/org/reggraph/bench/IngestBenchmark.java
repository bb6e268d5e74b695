package org.reggraph.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.RegGraph;
import org.reggraph.config.AppConfig;
import org.reggraph.pipeline.IngestReport;
import org.reggraph.pipeline.ProgressListener;
import org.reggraph.pipeline.SourceFiles;
import org.reggraph.testing.TestPaths;

/**
 * What a full ingest of {@code ../shared/corpus} costs against Tika alone extracting the same files, in one
 * run: rounds alternate between the two so load on the machine hits both alike, and the medians are
 * compared, both in wall time and in CPU time of the whole process (steadier on a shared machine; ingest
 * parses on a second thread, so its wall time can beat its CPU time). Goal: ingest no more than 1.5x Tika.
 * Run:
 * {@code mvn -q test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest=IngestBenchmark}.
 */
@Tag("benchmark")
class IngestBenchmark {
    static final int ROUNDS = Integer.getInteger("rounds", 3);

    @TempDir
    Path scratch;

    @Test
    void ingestCostsAgainstTikaAlone() throws Exception {
        Path corpus = TestPaths.requireShared().resolve("corpus");
        List<Path> files = SourceFiles.expand(List.of(corpus));
        tikaAlone(files); // warm-up: class loading and JIT for both paths
        ingest(corpus, scratch.resolve("warm-up"));
        double[] tika = new double[ROUNDS];
        double[] ingest = new double[ROUNDS];
        double[] tikaCpu = new double[ROUNDS];
        double[] ingestCpu = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long cpu = processCpuNanos();
            tika[round] = tikaAlone(files);
            tikaCpu[round] = (processCpuNanos() - cpu) / 1e9;
            cpu = processCpuNanos();
            ingest[round] = ingest(corpus, scratch.resolve("round-" + round));
            ingestCpu[round] = (processCpuNanos() - cpu) / 1e9;
        }
        double tikaMedian = median(tika);
        double ingestMedian = median(ingest);
        System.out.printf(Locale.ROOT, "%nIngest benchmark over %d files of %s (%d rounds, medians)%n", files.size(),
                corpus, ROUNDS);
        System.out.printf(Locale.ROOT, "  Tika alone (AutoDetectParser + BodyContentHandler): %8.2f s  %s%n",
                tikaMedian, Arrays.toString(tika));
        System.out.printf(Locale.ROOT, "  reggraph ingest (parse .. graph .. index):           %8.2f s  %s%n",
                ingestMedian, Arrays.toString(ingest));
        System.out.printf(Locale.ROOT, "  ratio ingest / Tika, wall time: %.2f (goal <= 1.50)%n", ingestMedian / tikaMedian);
        System.out.printf(Locale.ROOT, "  CPU time: Tika %.2f s %s, ingest %.2f s %s, ratio %.2f%n%n", median(tikaCpu),
                Arrays.toString(tikaCpu), median(ingestCpu), Arrays.toString(ingestCpu),
                median(ingestCpu) / median(tikaCpu));
    }

    private static double tikaAlone(List<Path> files) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        long started = System.nanoTime();
        for (Path file : files) {
            Metadata metadata = new Metadata();
            try (InputStream in = TikaInputStream.get(file, metadata)) {
                parser.parse(in, new BodyContentHandler(-1), metadata, new ParseContext());
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static double ingest(Path corpus, Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        long started = System.nanoTime();
        try (RegGraph regGraph = RegGraph.open(AppConfig.defaults(dataDir))) {
            IngestReport report = regGraph.pipeline().ingest(List.of(corpus), ProgressListener.SILENT);
            if (report.failed() > 0) {
                throw new AssertionError("ingest failed for " + report.failures());
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
