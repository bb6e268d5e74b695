package org.reggraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.model.SourceDocument;

/** What a document is called, from a real file parsed by the real Tika wrapper. */
class DocumentDescriberTest {

    /**
     * eCFR's exports declare a chapter printed over several volumes as "... (CONTINUED)" in their front matter:
     * the title a reader sees in every list of what cites it says which chapter, not which volume.
     */
    @Test
    void aDeclaredTitleLosesTheContinuedOfAChapterPrintedOverSeveralVolumes(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("chapter-ix.md");
        Files.writeString(file, """
                ---
                title: CHAPTER IX—SAMPLE BUREAU, DEPARTMENT OF EXAMPLES (CONTINUED)
                chapter: IX
                ---

                CHAPTER IX—SAMPLE BUREAU, DEPARTMENT OF EXAMPLES (CONTINUED)

                # Chapter IX

                § 901.1 Scope. This part applies to every sample export.
                """, StandardCharsets.UTF_8);
        try (TextExtractor parser = new TextExtractor(1_000_000, Duration.ofSeconds(30))) {
            SourceDocument described = new DocumentDescriber().describe(file, parser.extract(file, "chapter-ix.md"), "0");
            assertEquals("CHAPTER IX—SAMPLE BUREAU, DEPARTMENT OF EXAMPLES", described.title());
        }
    }
}
