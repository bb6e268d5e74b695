package org.reggraph.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.cli.RegGraphCommand;
import org.reggraph.config.AppConfig;
import org.reggraph.pipeline.IngestReport;
import org.reggraph.search.SearchPage;
import org.reggraph.search.SearchRequest;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * The graph is the system of record, and a stable one: ingesting the same folder again changes not a byte of
 * what {@code export} writes, another store mints the same IRIs for the same files, and {@code reindex}
 * rebuilds a deleted index that answers as before. Runs the real commands on closed data folders.
 */
class ExportAndReindexTest {
    private static final List<String> QUERIES = List.of("licen*", "\"model weights\"", "shall", "encrypt*",
            "export AND control*", "NIST");
    /** When the ingest ran; the only facts that differ between two stores holding the same files. */
    private static final Set<String> RUN_TIMES = Set.of("http://www.w3.org/ns/prov#startedAtTime",
            "http://www.w3.org/ns/prov#endedAtTime");

    @TempDir
    static Path workDir;
    private static Path data;
    private static IngestReport secondIngest;
    private static byte[] firstExport;
    private static byte[] secondExport;

    @BeforeAll
    static void ingestTwiceExportingAfterEach() throws IOException {
        data = workDir.resolve("data");
        ingestSamples(data);
        firstExport = export(data, "nquads", "first.nq");
        secondIngest = ingestSamples(data);
        secondExport = export(data, "nquads", "second.nq");
    }

    @Test
    void aSecondIngestOfTheSameFolderChangesNothing() {
        assertEquals(secondIngest.seen(), secondIngest.unchanged(), "every file is unchanged the second time");
        assertEquals(0, secondIngest.triples());
        assertTrue(firstExport.length > 10_000);
        assertArrayEquals(firstExport, secondExport, "the export is byte-identical");
    }

    @Test
    void trigAndNquadsExportTheSameDataset() throws IOException {
        DatasetGraph nquads = RDFDataMgr.loadDatasetGraph(workDir.resolve("first.nq").toString());
        export(data, "trig", "export.trig");
        DatasetGraph trig = RDFDataMgr.loadDatasetGraph(workDir.resolve("export.trig").toString());
        assertEquals(quads(nquads, Set.of()), quads(trig, Set.of()));
        assertTrue(nquads.listGraphNodes().hasNext(), "documents are named graphs");
    }

    @Test
    void anotherStoreMintsTheSameIrisForTheSameFiles() throws IOException {
        Path other = workDir.resolve("other");
        ingestSamples(other);
        export(other, "nquads", "other.nq");
        DatasetGraph mine = RDFDataMgr.loadDatasetGraph(workDir.resolve("first.nq").toString());
        DatasetGraph theirs = RDFDataMgr.loadDatasetGraph(workDir.resolve("other.nq").toString());
        assertEquals(quads(mine, RUN_TIMES), quads(theirs, RUN_TIMES), "same graphs but for run times");
    }

    @Test
    void reindexRebuildsADeletedIndexThatAnswersAsBefore() throws IOException {
        List<String> before = answers(data);
        assertTrue(before.stream().anyMatch(answer -> !answer.endsWith("total=0")), "queries find something");
        Path index = AppConfig.defaults(data).indexDir();
        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        assertEquals(0, RegGraphCommand.run("reindex", "--data", data.toString()));
        assertTrue(Files.isDirectory(index), "the index is back");
        assertEquals(before, answers(data));
    }

    private static IngestReport ingestSamples(Path dataDir) {
        try (TestStore store = TestStore.open(dataDir)) {
            IngestReport report = store.ingest(TestPaths.sampleCorpus());
            assertEquals(0, report.failed(), () -> "sample files failed: " + report.failures());
            return report;
        }
    }

    private static byte[] export(Path dataDir, String format, String fileName) throws IOException {
        Path output = workDir.resolve(fileName);
        assertEquals(0, RegGraphCommand.run("export", "--data", dataDir.toString(), "--format", format,
                "-o", output.toString()));
        return Files.readAllBytes(output);
    }

    private static Set<String> quads(DatasetGraph dataset, Set<String> leftOut) {
        return dataset.stream().filter(quad -> !leftOut.contains(quad.getPredicate().getURI()))
                .map(Quad::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Each query's total and every hit with its score, in a canonical order (ties may swap on reindex). */
    private static List<String> answers(Path dataDir) {
        try (TestStore store = TestStore.open(dataDir)) {
            return QUERIES.stream().map(query -> {
                SearchPage page = store.regGraph().search().search(SearchRequest.of(query, 100));
                String hits = page.hits().stream()
                        .map(hit -> hit.iri() + String.format(Locale.ROOT, "@%.5f", hit.score()) + " " + hit.snippet())
                        .sorted().collect(Collectors.joining("\n"));
                return query + "\n" + hits + "\nfacets=" + page.facets() + "\ntotal=" + page.total();
            }).toList();
        }
    }
}
