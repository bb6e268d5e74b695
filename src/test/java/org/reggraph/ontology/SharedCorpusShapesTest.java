package org.reggraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.graph.Vocab;
import org.reggraph.pipeline.IngestReport;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * The graph {@code export} writes for the real documents in {@code ../shared/corpus}, with what the real
 * extractor finds in them, conforms to the shapes, and every quote is the text at its offsets.
 * Ingesting them takes a while, so it happens once for the class. Skips where the shared folder is absent.
 */
class SharedCorpusShapesTest {
    @TempDir
    static Path workDir;
    private static IngestReport report;
    private static Graph union;
    private static final long[] quads = {0};

    @BeforeAll
    static void ingestAndExport() {
        Path corpus = TestPaths.requireShared().resolve("corpus");
        Path data = workDir.resolve("data");
        try (TestStore store = TestStore.open(data)) {
            report = store.ingest(corpus);
        }
        union = Exports.exportUnion(data, workDir.resolve("shared.nq"), quads);
    }

    @Test
    void exportConformsToTheShapes() {
        assertTrue(union.contains(null, RDF.type.asNode(), Vocab.Rule.asNode()), "rules are in the graph");
        ValidationReport validation = Exports.validate(union);
        assertTrue(validation.conforms(), () -> Exports.describe(validation));
        int[] checked = {0};
        List<String> mismatches = QuotesMatchText.mismatches(union, checked);
        assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())),
                () -> mismatches.size() + " of " + checked[0] + " quotes do not match their text");
        assertTrue(checked[0] > 1000, "selectors checked: " + checked[0]);
    }

    @Test
    void everyStoredDocumentIsInTheExportAndTheTripleCountIsExact() {
        assertTrue(report.stored() > 40, () -> "most shared files are stored: " + report.stored() + " of "
                + report.seen() + "; failures " + report.failures());
        long documents = union.find(null, RDF.type.asNode(), Vocab.Document.asNode()).toList().size();
        assertEquals(report.stored() - report.newVersions(), documents, "one document per identity");
        assertEquals(quads[0], report.triples(), "triples reported by ingest = quads exported");
    }
}
