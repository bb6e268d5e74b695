package org.reggraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * A hit's related provisions, over real HTTP and TDB2: one per other document, the one sharing most of the
 * hit's citations, the documents that share most first. Fixtures written for this test.
 */
class RelatedProvisionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void eachOtherDocumentIsRelatedOnceByItsProvisionSharingMostCitations() throws Exception {
        try (TestStore store = TestStore.serving(folder, Map.of(
                "hit-rule.txt", "Section 1. The exporter shall report every platypus transfer under Executive "
                        + "Order 14110 and 15 CFR 744.23.\n",
                "agency-memo.txt", """
                        Section 1. Agencies shall follow Executive Order 14110.

                        Section 2. Licences under 15 CFR 744.23 and Executive Order 14110 are reviewed first.

                        Section 3. Executive Order 14110 applies to every agency.
                        """,
                "fact-sheet.txt", "Section 1. Reports under Executive Order 14110 are due within 30 days.\n"))) {
            JsonNode answer = JSON.readTree(store.get("/api/v1/search?q=platypus").body());
            assertEquals(1, answer.path("total").asInt(), answer.toString());
            List<String> documents = new ArrayList<>();
            JsonNode related = answer.path("hits").get(0).path("crossReferences").path("related");
            related.forEach(entry -> documents.add(entry.path("documentId").asText()));
            assertEquals(List.of("agency-memo", "fact-sheet"), documents, related.toString());
            JsonNode memo = related.get(0);
            assertTrue(memo.path("label").asText().contains("2"), "the section citing both: " + memo);
            assertTrue(memo.path("reason").asText().endsWith(" and 1 more this one cites"), memo.toString());
            assertTrue(related.get(1).path("reason").asText().startsWith("also cites Executive Order 14110"),
                    related.toString());
        }
    }
}
