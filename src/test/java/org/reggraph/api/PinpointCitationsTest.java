package org.reggraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reggraph.testing.ApiAnswers.codePoints;
import static org.reggraph.testing.ApiAnswers.find;
import static org.reggraph.testing.ApiAnswers.json;
import static org.reggraph.testing.ApiAnswers.sparqlValue;
import static org.reggraph.testing.ApiAnswers.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * A citation of an article or a section lands on it, over real HTTP and TDB2: an act and an order written for
 * this test cite their own articles and sections, and a guide cites an article of the act and a section of the
 * order. Every offset the API gives is checked against the text it serves.
 */
class PinpointCitationsTest {
    private static final String ACT_KEY = "eu-regulation-2098-7";
    private static final String ACT = """
            Regulation (EU) 2098/7 on sample model registers (illustrative, written for a RegGraph test)

            Article 1
            Subject matter

            This Regulation lays down the registers referred to in Article 2 and the penalties set out in Article 3.

            Article 2
            Registers

            1. Providers shall keep a register of the models they place on the market.

            2. The register shall be kept for ten years.

            Article 3
            Penalties

            Infringements of Article 2(1) shall be punishable by fines.
            """;
    private static final String ORDER_KEY = "eo-14998";
    private static final String ORDER = """
            Executive Order 14998 of March 1, 2099: Sample Model Registers (illustrative, written for a RegGraph test)

            Sec. 1. Policy. It is the policy of this order that registers be kept.

            Sec. 2. Duties. (a) The Secretary shall publish the registers described in section 1 of this order.

            (b) The Director shall review the registers published under subsection 2(a) of this section.
            """;
    private static final String GUIDE_KEY = "sample-register-guide";
    private static final String GUIDE = """
            Guide to sample model registers (illustrative, written for a RegGraph test)

            Providers keep the register required by Article 2(1) of Regulation (EU) 2098/7, and the Secretary \
            publishes it under section 2(a) of Executive Order 14998. Regulation (EU) 2098/7 applies in full.
            """;

    @TempDir
    static Path folder;
    private static TestStore store;

    @BeforeAll
    static void ingestAndServe() throws Exception {
        store = TestStore.serving(folder, Map.of("Regulation_EU_2098-7_sample.txt", ACT, "EO_14998_sample.txt", ORDER,
                "guidance/sample_register_guide.txt", GUIDE));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aCitedArticleLandsWhereTheActPrintsIt() throws Exception {
        JsonNode references = json(store, "/api/v1/documents/" + GUIDE_KEY).path("references");
        JsonNode article = find(references, reference -> reference.path("part").path("label").asText().startsWith("Article 2"));
        assertEquals(ACT_KEY, article.path("documentId").asText(), article::toString);
        assertEquals("Article 2(1) of Regulation (EU) 2098/7", article.path("surface").asText());
        assertEquals("Article 2(1)", article.path("part").path("label").asText(), "the paragraph, not only the article");
        assertTrue(printed(ACT_KEY, article.path("part")).startsWith("1. Providers shall keep"), article::toString);
        JsonNode section = find(references, reference -> reference.path("documentId").asText().equals(ORDER_KEY));
        assertTrue(section.path("part").path("label").asText().startsWith("Sec. 2"), section::toString);
        assertTrue(printed(ORDER_KEY, section.path("part")).contains("The Secretary shall publish"), section::toString);
        JsonNode whole = find(references, reference -> reference.path("documentId").asText().equals(ACT_KEY)
                && reference.path("part").isMissingNode());
        assertEquals("Regulation (EU) 2098/7", whole.path("surface").asText(), "the act cited whole is a reference of its own");
    }

    @Test
    void theReaderIsToldWhereEachReferenceIsMade() throws Exception {
        String guide = text(store, GUIDE_KEY);
        for (JsonNode reference : json(store, "/api/v1/documents/" + GUIDE_KEY).path("references")) {
            assertFalse(reference.path("at").isEmpty(), reference::toString);
            for (JsonNode span : reference.path("at")) {
                String written = codePoints(guide, span.path("start").asInt(), span.path("end").asInt());
                assertTrue(written.startsWith("Article 2(1)") || written.startsWith("section 2(a)")
                        || written.startsWith("Regulation") || written.startsWith("Executive"), written);
            }
        }
    }

    @Test
    void anActsCitationsOfItsOwnArticlesLandOnThem() throws Exception {
        JsonNode act = json(store, "/api/v1/documents/" + ACT_KEY);
        String text = text(store, ACT_KEY);
        JsonNode internal = act.path("internalReferences");
        for (String article : List.of("Article 2", "Article 3")) {
            JsonNode reference = find(internal, one -> one.path("part").path("label").asText().equals(article));
            assertEquals(ACT_KEY, reference.path("documentId").asText());
            assertTrue(printed(ACT_KEY, reference.path("part")).startsWith(article), reference::toString);
            for (JsonNode span : reference.path("at")) {
                String written = codePoints(text, span.path("start").asInt(), span.path("end").asInt());
                assertTrue(written.startsWith("Article"), written);
                int at = text.offsetByCodePoints(0, span.path("start").asInt());
                assertTrue(at > 0 && text.charAt(at - 1) == ' ', () -> "a heading cites nothing: " + written);
            }
        }
        assertEquals(3, StreamSupport.stream(internal.spliterator(), false)
                .mapToInt(reference -> reference.path("at").size()).sum(), internal::toString);
        assertTrue(StreamSupport.stream(act.path("references").spliterator(), false)
                        .noneMatch(reference -> reference.path("documentId").asText().equals(ACT_KEY)),
                () -> "its own articles are no references to another document: " + act.path("references"));
        assertEquals("0", sparqlValue(store, """
                SELECT (COUNT(*) AS ?n) WHERE { <https://reggraph.org/id/doc/%s> ?relation <https://reggraph.org/id/doc/%s> }
                """.formatted(ACT_KEY, ACT_KEY)), "no document-level relation to itself");
    }

    @Test
    void anOrdersCitationsOfItsOwnSectionsLandOnThem() throws Exception {
        JsonNode internal = json(store, "/api/v1/documents/" + ORDER_KEY).path("internalReferences");
        JsonNode policy = find(internal, one -> one.path("part").path("label").asText().equals("Sec. 1"));
        assertTrue(printed(ORDER_KEY, policy.path("part")).startsWith("Sec. 1. Policy"), policy::toString);
        JsonNode duty = find(internal, one -> one.path("part").path("label").asText().startsWith("Sec. 2"));
        assertTrue(printed(ORDER_KEY, duty.path("part")).contains("The Secretary shall publish"), duty::toString);
    }

    @Test
    void theActListsWhereOtherDocumentsCiteItsArticles() throws Exception {
        JsonNode citations = json(store, "/api/v1/documents/" + ACT_KEY).path("partCitations");
        JsonNode citing = find(citations, citation -> citation.path("documentId").asText().equals(GUIDE_KEY));
        assertTrue(citing.path("part").path("label").asText().startsWith("Article 2"), citing::toString);
        assertTrue(StreamSupport.stream(citations.spliterator(), false)
                        .noneMatch(citation -> citation.path("documentId").asText().equals(ACT_KEY)),
                () -> "its own citations are internal references: " + citations);
        String stored = sparqlValue(store, """
                PREFIX rg: <https://reggraph.org/ontology#>
                SELECT ?pinpoint WHERE { ?citation rg:citedKey "%s" ; rg:pinpoint ?pinpoint ;
                  <http://www.w3.org/2000/01/rdf-schema#label> "Article 2(1) of Regulation (EU) 2098/7" }""".formatted(ACT_KEY));
        assertEquals("Article 2(1)", stored, "the graph keeps the pinpoint as written");
    }

    private static String printed(String documentId, JsonNode part) throws Exception {
        return codePoints(text(store, documentId), part.path("start").asInt(), part.path("end").asInt());
    }
}
