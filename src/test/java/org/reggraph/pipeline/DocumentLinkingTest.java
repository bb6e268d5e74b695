package org.reggraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.graph.Reference;
import org.reggraph.testing.TestStore;

/** How documents find each other: shared identities across files, and news linked to the acts it reports. */
class DocumentLinkingTest {
    @TempDir
    Path scratch;

    @Test
    void twoFilesNamingOnePublicationAreTwoDocumentsNotTwoVersions() throws Exception {
        Path guidance = Files.createDirectories(scratch.resolve("in/guidance"));
        write(guidance.resolve("NIST.AI.600-1.md"), "# Profile\n\nOrganizations should map risks.\n");
        write(guidance.resolve("NIST.AI.600-1.actions.txt"), "Action MP-1: organizations should log.\n");
        try (TestStore store = TestStore.open(scratch.resolve("data"))) {
            IngestReport report = store.ingest(guidance);
            assertEquals(2, report.stored());
            assertEquals(0, report.newVersions());
            List<String> ids = report.outcomes().stream().map(FileOutcome::documentId).toList();
            assertEquals("nist-ai-600-1", ids.get(0));
            assertNotEquals(ids.get(0), ids.get(1));
            assertEquals(2, store.regGraph().graph().documents().size());
        }
    }

    @Test
    void newsIsLinkedToTheActOfItsDayWhateverArrivesFirst() throws Exception {
        for (boolean newsFirst : new boolean[] {true, false}) {
            Path folder = Files.createDirectories(scratch.resolve("order-" + newsFirst));
            Path news = Files.createDirectories(folder.resolve("news")).resolve("fact-sheet.txt");
            Path act = Files.createDirectories(folder.resolve("directives")).resolve("order.txt");
            write(news, "FACT SHEET: President Promotes the Export of Widget Technologies\n\n"
                    + "Today the President signed an Executive Order to promote widget exports.\n");
            write(act, "Promoting the Export of the Widget Technology Stack\n\n"
                    + "Sec. 1. Purpose. The Secretary of Commerce shall establish a widget export program.\n");
            manifest(news.getParent(), "fact-sheet.txt", "news", "2031-05-06",
                    "FACT SHEET: President Promotes the Export of Widget Technologies");
            manifest(act.getParent(), "order.txt", "directive", "2031-05-06",
                    "Promoting the Export of the Widget Technology Stack");
            try (TestStore store = TestStore.open(scratch.resolve("data-" + newsFirst))) {
                store.ingest(newsFirst ? news : act);
                store.ingest(newsFirst ? act : news);
                List<Reference> reported = store.regGraph().graph().references("fact-sheet");
                assertTrue(reported.stream().anyMatch(ref -> ref.relation().equals("REPORTS_ON")
                        && ref.documentId().equals("order") && ref.resolved()), reported.toString());
                List<Reference> reportedBy = store.regGraph().graph().referencedBy("order");
                assertTrue(reportedBy.stream().anyMatch(ref -> ref.documentId().equals("fact-sheet")),
                        reportedBy.toString());
            }
        }
    }

    private static void manifest(Path folder, String file, String kind, String date, String title) throws Exception {
        write(folder.resolve("manifest.json"), """
                {"documents": [{"file": "%s", "kind": "%s", "date": "%s", "title": "%s"}]}
                """.formatted(file, kind, date, title));
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
