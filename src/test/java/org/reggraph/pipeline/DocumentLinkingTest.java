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

    @Test
    void newsOfARuleReportsTheRulePublishedDaysLaterNotTheOrderOfItsDay() throws Exception {
        for (boolean newsFirst : new boolean[] {true, false}) {
            Path folder = Files.createDirectories(scratch.resolve("rule-" + newsFirst));
            Path news = Files.createDirectories(folder.resolve("news")).resolve("rule-fact-sheet.txt");
            Path acts = Files.createDirectories(folder.resolve("directives"));
            write(news, "FACT SHEET: Keeping Invented Widgets Safe\n\n"
                    + "Today the Department is issuing an Interim Final Rule on widget diffusion.\n");
            write(acts.resolve("order.txt"), "Advancing Gadget Infrastructure\n\nSec. 1. Purpose. Gadgets matter.\n");
            write(acts.resolve("rule.txt"), "Framework for Gizmo Diffusion\n\n§ 1.1 Scope. Exporters must hold a licence.\n");
            manifest(news.getParent(), "rule-fact-sheet.txt", "news", "2031-01-13", "FACT SHEET: Keeping Invented Widgets Safe");
            write(acts.resolve("manifest.json"), """
                    {"documents": [
                      {"file": "order.txt", "kind": "directive", "date": "2031-01-14", "title": "Advancing Gadget Infrastructure",
                       "identifier": "Executive Order 19001"},
                      {"file": "rule.txt", "kind": "directive", "date": "2031-01-16", "title": "Framework for Gizmo Diffusion",
                       "identifier": "FR Doc. 2031-00999"}]}
                    """);
            try (TestStore store = TestStore.open(scratch.resolve("rule-data-" + newsFirst))) {
                store.ingest(newsFirst ? news : acts);
                store.ingest(newsFirst ? acts : news);
                List<String> reported = store.regGraph().graph().references("rule-fact-sheet").stream()
                        .filter(ref -> ref.relation().equals("REPORTS_ON")).map(Reference::documentId).toList();
                assertEquals(List.of("fr-2031-00999"), reported,
                        "the rule it names, published three days later, and not the order of the next day");
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
