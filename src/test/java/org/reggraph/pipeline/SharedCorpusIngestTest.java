package org.reggraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reggraph.testing.SharedCorpusStore;
import org.reggraph.testing.TestPaths;

/** Every real document in ../shared/corpus is stored: PDF, HTML, XML, JSON, YAML, CSV, XLSX, DOCX, Markdown. */
class SharedCorpusIngestTest {
    @Test
    void everySharedFileIsStored() {
        IngestReport report = SharedCorpusStore.report();
        int files = SourceFiles.expand(List.of(TestPaths.requireShared().resolve("corpus"))).size();
        assertEquals(files, report.seen());
        assertEquals(List.of(), report.failures());
        assertEquals(files, report.stored());
        assertTrue(report.provisions() > 5_000, "provisions: " + report.provisions());
    }
}
