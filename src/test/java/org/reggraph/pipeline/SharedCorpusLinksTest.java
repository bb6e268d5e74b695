package org.reggraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reggraph.graph.GraphReader;
import org.reggraph.graph.Reference;
import org.reggraph.testing.SharedCorpusStore;

/** Over the real documents: fact sheets reach the orders and rules they describe, orders the acts they cite. */
class SharedCorpusLinksTest {
    @Test
    void factSheetsReportOnTheOrdersTheyDescribe() {
        GraphReader graph = SharedCorpusStore.get().regGraph().graph();
        assertReports(graph, "2023-10-30-factsheet-eo-14110", "eo-14110");
        assertReports(graph, "2025-01-23-factsheet-eo-14179-ai-leadership", "eo-14179");
        assertReports(graph, "2025-07-23-factsheet-export-of-american-ai-technologies", "eo-14320");
        assertTrue(graph.referencedBy("eo-14110").stream()
                .anyMatch(ref -> ref.documentId().equals("2023-10-30-factsheet-eo-14110")));
    }

    @Test
    void theAiDiffusionFactSheetReportsOnTheRuleNotTheOrderOfTheNextDay() {
        // Announced on 2025-01-13 with "an Interim Final Rule", published in the Federal Register on 2025-01-15;
        // EO 14141 was signed on 2025-01-14.
        GraphReader graph = SharedCorpusStore.get().regGraph().graph();
        String factSheet = "2025-01-13-factsheet-ai-diffusion-security-and-economic-strength";
        assertReports(graph, factSheet, "fr-2025-00636");
        assertTrue(graph.references(factSheet).stream().noneMatch(ref -> ref.documentId().equals("eo-14141")),
                graph.references(factSheet).toString());
    }

    @Test
    void ordersCiteTheOrdersTheyNameAndTheCitationsResolve() {
        GraphReader graph = SharedCorpusStore.get().regGraph().graph();
        List<Reference> cited = graph.references("eo-14179");
        assertTrue(cited.stream().anyMatch(ref -> ref.documentId().equals("eo-14110") && ref.resolved()),
                cited.toString());
    }

    private static void assertReports(GraphReader graph, String news, String act) {
        List<Reference> references = graph.references(news);
        assertTrue(references.stream().anyMatch(ref -> ref.relation().equals("REPORTS_ON")
                && ref.documentId().equals(act) && ref.resolved()), news + " reports on " + act + ": " + references);
    }
}
