package org.reggraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reggraph.graph.DocumentSummary;
import org.reggraph.graph.GraphReader;
import org.reggraph.testing.SharedCorpusStore;

/**
 * Over the real documents: each is named by a title a reader would recognise, not by its first line of data,
 * its letterhead or a file name, and only a document that is an act takes that act's identity.
 */
class SharedCorpusTitlesTest {
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "^[\"'{\\[]|\\t|BILLING CODE|\\.(xml|html?|json|csv|ya?ml|xlsx|pdf|md)$|^DEPARTMENT OF|\\| The White House$");

    @Test
    void everyDocumentHasATitleThatReadsAsOne() {
        List<DocumentSummary> documents = SharedCorpusStore.get().regGraph().graph().documents();
        assertTrue(documents.size() >= 50, "documents: " + documents.size());
        for (DocumentSummary document : documents) {
            String title = document.title();
            assertFalse(NOT_A_TITLE.matcher(title).find(), document.id() + " is titled " + title);
            assertTrue(title.codePoints().filter(Character::isLetter).count() >= 10, document.id() + ": " + title);
            assertTrue(title.length() <= 252, document.id() + ": " + title);
        }
    }

    @Test
    void draftingConventionsNameRulesMemorandaAndActs() {
        GraphReader graph = SharedCorpusStore.get().regGraph().graph();
        assertEquals("Framework for Artificial Intelligence Diffusion", title(graph, "fr-2025-00636"));
        assertEquals("Moving the U.S. Government Toward Zero Trust Cybersecurity Principles", title(graph, "omb-m-22-09"));
        String gdpr = title(graph, "eu-regulation-2016-679");
        assertTrue(gdpr.startsWith("REGULATION (EU) 2016/679") && gdpr.contains("of 27 April 2016 on the protection"), gdpr);
        // Its EUR-Lex page opens with a table of contents in a nav, which is page chrome; the act's own heading follows.
        String nis2 = title(graph, "eu-directive-2022-2555");
        assertTrue(nis2.startsWith("DIRECTIVE (EU) 2022/2555") && nis2.contains("2022 on measures for a high common level of cybersecurity"), nis2);
        assertEquals("AI Opportunities Action Plan", title(graph, "uk-ai-opportunities-action-plan-gov-uk"),
                "the site's name is not the page's");
        assertTrue(title(graph, "2023-07-21-factsheet-voluntary-ai-commitments").contains("Biden-Harris Administration"),
                "front matter escapes are decoded");
    }

    @Test
    void aDocumentThatOnlyCitesAnActDoesNotTakeItsIdentity() {
        GraphReader graph = SharedCorpusStore.get().regGraph().graph();
        // The EAR chapter names E.O. 12938 in its authority line; the reporting guidance's file name ends
        // with the memorandum it reports under.
        assertTrue(graph.document("eo-12938").isEmpty(), "the EAR chapter is not Executive Order 12938");
        assertTrue(graph.document("omb-m-25-21").isEmpty(), "the reporting guidance is not OMB M-25-21");
        assertTrue(graph.documents().stream().anyMatch(doc -> doc.id().startsWith("ecfr-15cfr-chaptervii")));
    }

    private static String title(GraphReader graph, String id) {
        return graph.document(id).orElseThrow(() -> new AssertionError("no document " + id)).title();
    }
}
