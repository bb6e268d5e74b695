package org.reggraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.search.SearchRequest;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * Kills {@code ingest} with SIGKILL at random moments, each after a random number of files were reported
 * done plus a random delay (so some kills land inside a graph transaction, some between the graph and the
 * index commit), reruns it to completion, and requires exactly the store an uninterrupted run builds: the
 * same quads (the two provenance clock times aside, which differ between any two runs) and the same hits
 * with the same snippets and match offsets. Hits are compared as sets: BM25 statistics count deleted index
 * entries until a merge, so scores, and the order of near ties, may legitimately differ after a recovery.
 */
class KillNineRecoveryTest {
    static final int GENERATED_NOTICES = 30;
    static final int KILLS = 3;
    static final List<String> QUERIES = List.of("licen*", "\"model weights\"", "notice AND report*", "export*",
            "exporter", "section");
    private static final List<String> CLOCK_PREDICATES = List.of("<http://www.w3.org/ns/prov#startedAtTime>",
            "<http://www.w3.org/ns/prov#endedAtTime>");

    @TempDir
    Path workDir;

    @Test
    void ingestKilledAtRandomMomentsEndsInTheStateOfAnUninterruptedRun() throws Exception {
        Path corpus = corpusCopy();
        int files = (int) Files.list(corpus).filter(file -> !file.getFileName().toString().equals("manifest.json")
                && !file.getFileName().toString().equals("README.md")).count();
        Path reference = workDir.resolve("reference");
        Path recovered = workDir.resolve("recovered");

        runToCompletion(reference, corpus);

        long seed = Long.getLong("reggraph.killSeed", System.nanoTime());
        Random random = new Random(seed);
        List<String> kills = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            try (ChildProcess ingest = ChildProcess.regGraph("ingest", "--data", recovered.toString(), corpus.toString())) {
                int afterFiles = 1 + random.nextInt(files - 1);
                long done = ingest.awaitLine(line -> line.startsWith("[" + afterFiles + "/"), 120_000)
                        ? afterFiles : ingest.linesMatching(line -> line.startsWith("["));
                Thread.sleep(random.nextInt(400));
                ingest.killHard();
                kills.add("after " + done + " file(s) reported");
            }
        }
        runToCompletion(recovered, corpus);

        String context = "seed " + seed + ", kills " + kills + " (rerun with -Dreggraph.killSeed=" + seed + ")";
        List<String> expectedQuads = normalizedQuads(reference);
        List<String> actualQuads = normalizedQuads(recovered);
        assertTrue(expectedQuads.size() > 1_000, "the reference run stored the corpus");
        assertEquals(expectedQuads, actualQuads, context);
        assertEquals(hits(reference), hits(recovered), context);
    }

    private static void runToCompletion(Path data, Path corpus) throws Exception {
        try (ChildProcess ingest = ChildProcess.regGraph("ingest", "--data", data.toString(), corpus.toString())) {
            int exit = ingest.awaitExit(300);
            assertEquals(0, exit, ingest::output);
        }
    }

    /** The sample corpus plus generated notices, so the run lasts long enough to be killed in the middle. */
    private Path corpusCopy() throws Exception {
        Path corpus = workDir.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> samples = Files.list(TestPaths.sampleCorpus())) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, corpus.resolve(sample.getFileName().toString()));
            }
        }
        Random words = new Random(11);
        List<String> subjects = List.of("model weights", "training data", "compute clusters", "export licences",
                "incident reports", "access logs");
        for (int n = 0; n < GENERATED_NOTICES; n++) {
            StringBuilder text = new StringBuilder("Notice " + n + " on the handling of controlled items\n\n");
            for (int section = 1; section <= 12; section++) {
                String subject = subjects.get(words.nextInt(subjects.size()));
                text.append("Section ").append(section).append(". The exporter shall report ").append(subject)
                        .append(" to the registry within ").append(1 + words.nextInt(90)).append(" days; holders ")
                        .append("must not transfer ").append(subject).append(" without a licence.\n\n");
            }
            Files.writeString(corpus.resolve(String.format(java.util.Locale.ROOT, "notice-%03d.txt", n)), text,
                    StandardCharsets.UTF_8);
        }
        return corpus;
    }

    private static List<String> normalizedQuads(Path data) {
        try (TestStore store = TestStore.open(data)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.regGraph().store().read(() -> {
                RDFDataMgr.write(out, store.regGraph().store().dataset(), Lang.NQUADS);
                return null;
            });
            return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
                    .map(KillNineRecoveryTest::withoutClockTime).sorted().toList();
        }
    }

    private static String withoutClockTime(String quad) {
        for (String predicate : CLOCK_PREDICATES) {
            int at = quad.indexOf("> " + predicate + " \"");
            if (at >= 0) {
                int literalEnd = quad.indexOf("\"^^", at + predicate.length() + 4);
                return quad.substring(0, at + predicate.length() + 3) + "\"TIME" + quad.substring(literalEnd);
            }
        }
        return quad;
    }

    private static Map<String, List<String>> hits(Path data) {
        try (TestStore store = TestStore.open(data)) {
            Map<String, List<String>> results = new java.util.LinkedHashMap<>();
            for (String query : QUERIES) {
                results.put(query, store.regGraph().search().search(new SearchRequest(query, 100, 0, Map.of(),
                        SearchRequest.Sort.RELEVANCE)).hits().stream()
                        .map(hit -> hit.iri() + " " + hit.snippet() + " " + hit.matches()).sorted().toList());
            }
            return results;
        }
    }
}
