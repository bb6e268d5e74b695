package org.reggraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * A hit is related to the provision of another document worded most like it, when one comes close, to the
 * closest that binds an entity its rules bind, and to the closest that names an entity it names, over real
 * HTTP, TDB2 and Lucene. Fixtures written for this test: a directive's duty, a guidance document restating it,
 * and provisions that share a word or two with it and no more.
 */
class SimilarWordingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aProvisionRestatedElsewhereIsRelatedByItsWordingAndOneSharingAWordIsNot() throws Exception {
        try (TestStore store = TestStore.serving(folder, Map.of(
                "directive.txt", """
                        Section 1. A provider of a frontier model shall report every critical safety incident to \
                        the oversight office within fifteen days of discovering it, with the model's version.

                        Section 2. The oversight office shall keep a platypus registry.
                        """,
                "guidance.txt", """
                        Section 4. Providers of frontier models should report each critical safety incident to \
                        the oversight office within fifteen days, naming the model version concerned.

                        Section 5. Records of training runs are kept for three years by every provider.
                        """,
                "news.txt", """
                        Section 1. Markets rose on Tuesday as the office reported mild weather in the capital.
                        """))) {
            JsonNode duty = onlyHit(store, "discovering");
            JsonNode related = duty.path("crossReferences").path("related");
            assertEquals(1, related.size(), related.toString());
            assertEquals("guidance", related.get(0).path("documentId").asText());
            assertEquals("similar wording", related.get(0).path("reason").asText());
            assertTrue(related.get(0).path("label").asText().contains("4"), related.toString());

            JsonNode registry = onlyHit(store, "platypus");
            assertEquals(0, registry.path("crossReferences").path("related").size(),
                    "sharing \"oversight office\" is not being worded alike: " + registry);
        }
    }

    @Test
    void aProvisionBindingTheSameEntityElsewhereIsRelatedByThatEntity() throws Exception {
        try (TestStore store = TestStore.serving(folder, Map.of(
                "directive.txt", "Section 3. The Bureau of Industry and Security shall publish the list of approved "
                        + "licence exceptions each quarter.\n",
                "guidance.txt", "Section 6. The Bureau of Industry and Security shall review applications for "
                        + "advanced chips within thirty days.\n",
                "memo.txt", "Section 2. Exporters may rely on the published list of approved licence exceptions "
                        + "for the quarter.\n"))) {
            JsonNode related = onlyHit(store, "each").path("crossReferences").path("related");
            assertEquals(2, related.size(), related.toString());
            assertEquals("memo", related.get(0).path("documentId").asText(), related.toString());
            assertEquals("similar wording", related.get(0).path("reason").asText());
            assertEquals("guidance", related.get(1).path("documentId").asText(), related.toString());
            assertEquals("also binds Bureau of Industry and Security", related.get(1).path("reason").asText());
        }
    }

    @Test
    void aProvisionNamingTheSameEntityElsewhereIsRelatedByItAndNotByAJurisdictionBothName() throws Exception {
        try (TestStore store = TestStore.serving(folder, Map.of(
                "directive.txt", "Section 3. Exporters in the United States screen every buyer of advanced "
                        + "computing integrated circuits against the list of restricted parties.\n",
                "notes.txt", "Section 9. Exporters screen every buyer against the list of restricted parties "
                        + "each year.\n",
                "guidance.txt", "Section 1. Purpose.\n\nSection 6. Foundries report quarterly sales of advanced "
                        + "chips to every buyer abroad, and keep a list of them.\n",
                "memo.txt", "Section 2. Markets in the United States rose on Tuesday.\n"))) {
            JsonNode related = onlyHit(store, "integrated").path("crossReferences").path("related");
            assertEquals(2, related.size(), related.toString());
            assertEquals("notes", related.get(0).path("documentId").asText(), related.toString());
            assertEquals("similar wording", related.get(0).path("reason").asText());
            JsonNode naming = related.get(1);
            assertEquals("guidance", naming.path("documentId").asText(), related.toString());
            assertEquals("also names advanced computing integrated circuits", naming.path("reason").asText());

            String text = store.get("/api/v1/documents/guidance/text").body();
            int[] codePoints = text.codePoints().toArray();
            String span = new String(codePoints, naming.path("start").asInt(),
                    naming.path("end").asInt() - naming.path("start").asInt());
            assertTrue(span.startsWith("Section 6. Foundries") && span.contains("buyer abroad"),
                    "the related provision's offsets mark its text in its document: " + span);
        }
    }

    private static JsonNode onlyHit(TestStore store, String word) throws Exception {
        JsonNode answer = JSON.readTree(store.get("/api/v1/search?q=" + word).body());
        assertEquals(1, answer.path("total").asInt(), answer.toString());
        return answer.path("hits").get(0);
    }
}
