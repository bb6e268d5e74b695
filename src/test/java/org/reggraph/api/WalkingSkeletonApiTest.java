package org.reggraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/** The whole path: sample files ingested into a real store, found over real HTTP. */
class WalkingSkeletonApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dataDir;
    private static TestStore store;

    @BeforeAll
    static void ingestSamplesAndServe() {
        store = TestStore.open(dataDir);
        var report = store.ingest(TestPaths.sampleCorpus());
        assertEquals(0, report.failed(), () -> "sample files failed: " + report.failures());
        store.serve();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void healthAnswers() throws Exception {
        HttpResponse<String> response = store.get("/api/v1/health");
        assertEquals(200, response.statusCode());
        assertEquals("ok", JSON.readTree(response.body()).path("status").asText());
    }

    @Test
    void wildcardSearchFindsTheSampleDirectiveWithHighlights() throws Exception {
        HttpResponse<String> response = store.get("/api/v1/search?q=licen*&limit=50");
        assertEquals(200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertTrue(body.path("total").asInt() > 0);
        boolean directiveHit = false;
        for (JsonNode hit : body.path("hits")) {
            // A hit may match only in its section heading; a hit that matched its text shows where.
            if (!hit.path("matches").isEmpty()) {
                assertTrue(hit.path("snippet").asText().contains("<mark>"), "snippet is highlighted: " + hit);
            }
            assertTrue(hit.path("iri").asText().startsWith("https://reggraph.org/id/doc/"));
            directiveHit |= hit.path("document").path("id").asText().equals("eo-14999");
        }
        assertTrue(directiveHit, "the sample executive order is among the hits");
    }

    /** The sample OSCAL catalog is searched as its controls, and its references link to the samples they name. */
    @Test
    void theSampleCatalogIsFoundByControlAndCitesTheOrderItImplements() throws Exception {
        JsonNode enhancement = JSON.readTree(store.get("/api/v1/search?limit=1&q="
                + java.net.URLEncoder.encode("\"two authorized individuals\"", java.nio.charset.StandardCharsets.UTF_8))
                .body()).path("hits").path(0);
        assertEquals("MW-2(1)", enhancement.path("label").asText(), enhancement.toString());
        assertEquals("nist-sp-999-53", enhancement.path("document").path("id").asText());
        JsonNode discussion = JSON.readTree(store.get("/api/v1/search?limit=1&q="
                + java.net.URLEncoder.encode("\"who may read, copy or move\"", java.nio.charset.StandardCharsets.UTF_8))
                .body()).path("hits").path(0);
        assertEquals("MW-1 Policy and Procedures — Discussion", discussion.path("heading").asText(), discussion.toString());
        boolean citesTheOrder = false;
        for (JsonNode cited : discussion.path("crossReferences").path("cites")) {
            citesTheOrder |= cited.path("documentId").asText().equals("eo-14999") && cited.path("resolved").asBoolean();
        }
        assertTrue(citesTheOrder, "the control's reference to Executive Order 14999 resolves: " + discussion);
    }

    /**
     * The product's first example. The duty and what follows its breach both belong in the first ten hits,
     * though the question names no penalty: the sample documents carry no vectors, so BM25 alone answers.
     */
    @Test
    void theHeadlineQuestionFindsTheDutyAndWhatFollowsItsBreach() throws Exception {
        String question = "what must an AI developer do before sharing model weights abroad, and what happens if it does not?";
        JsonNode body = JSON.readTree(store.get("/api/v1/search?limit=10&q="
                + java.net.URLEncoder.encode(question, java.nio.charset.StandardCharsets.UTF_8)).body());
        boolean duty = false;
        boolean penalty = false;
        for (JsonNode hit : body.path("hits")) {
            String text = hit.path("text").asText().toLowerCase(java.util.Locale.ROOT);
            for (JsonNode rule : hit.path("rules")) {
                String modality = rule.path("modality").asText();
                duty |= (modality.equals("obligation") || modality.equals("prohibition")) && text.contains("licen");
            }
            boolean directive = hit.path("document").path("kind").asText().equals("directive");
            penalty |= directive && (text.contains("penalt") || text.contains("violat"));
        }
        assertTrue(duty, () -> "a licensing duty among " + body.path("hits"));
        assertTrue(penalty, () -> "a directive's penalty provision among " + body.path("hits"));
    }

    /** "penalties" is indexed as its stem "penalti": the typed prefix alone would match no term. */
    @Test
    void aWholeWordPrefixFindsTheWordThroughItsStem() throws Exception {
        JsonNode body = JSON.readTree(store.get("/api/v1/search?q=penalties*&limit=50").body());
        assertTrue(body.path("total").asInt() > 0, "penalties* finds the samples' penalty provisions");
        for (JsonNode hit : body.path("hits")) {
            assertTrue(hit.path("text").asText().toLowerCase(java.util.Locale.ROOT).contains("penalt")
                    || hit.path("heading").asText().toLowerCase(java.util.Locale.ROOT).contains("penalt"), hit::toString);
        }
    }

    @Test
    void matchOffsetsPointAtTheMatchedPhraseInTheDocumentText() throws Exception {
        JsonNode hit = JSON.readTree(store.get("/api/v1/search?q=%22model%20weights%22&limit=1").body())
                .path("hits").get(0);
        String text = store.get("/api/v1/documents/" + hit.path("document").path("id").asText() + "/text").body();
        JsonNode first = hit.path("matches").get(0);
        int[] codePoints = text.codePoints().toArray();
        String matched = new String(codePoints, first.path("start").asInt(),
                first.path("end").asInt() - first.path("start").asInt());
        assertEquals("model weights", matched.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void malformedQueryIsABadRequestThatSaysWhy() throws Exception {
        HttpResponse<String> response = store.get("/api/v1/search?q=%22unclosed");
        assertEquals(400, response.statusCode());
        assertTrue(JSON.readTree(response.body()).path("error").path("message").asText().contains("cannot parse"));
    }

    @Test
    void aQuestionWithParenthesesOrQuotesIsAnsweredAsAQuestion() throws Exception {
        String question = "Which developers must obtain a licence (for model weights) before a \"transfer\" abroad?";
        HttpResponse<String> response = store.get("/api/v1/search?q="
                + java.net.URLEncoder.encode(question, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("question", body.path("mode").asText());
        assertTrue(body.path("total").asLong() > 0, response.body());
    }

    @Test
    void outOfBoundsParameterIsNamed() throws Exception {
        HttpResponse<String> response = store.get("/api/v1/search?q=license&limit=100000");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("'limit'"));
    }

    @Test
    void documentsAreListedWithTheirKinds() throws Exception {
        JsonNode documents = JSON.readTree(store.get("/api/v1/documents").body()).path("documents");
        assertEquals(TestPaths.sampleDocumentCount(), documents.size());
        assertTrue(documents.findValuesAsText("kind").containsAll(java.util.List.of("directive", "guidance", "news")));
    }

    @Test
    void documentsComeAPageAtATimeInTitleOrderWithTheTotal() throws Exception {
        JsonNode all = JSON.readTree(store.get("/api/v1/documents").body());
        assertEquals(TestPaths.sampleDocumentCount(), all.path("total").asInt());
        java.util.List<String> titles = all.path("documents").findValuesAsText("title");
        JsonNode page = JSON.readTree(store.get("/api/v1/documents?limit=3&offset=2").body());
        assertEquals(TestPaths.sampleDocumentCount(), page.path("total").asInt(),
                "the total counts every document, not the page");
        assertEquals(titles.subList(2, 5), page.path("documents").findValuesAsText("title"));
        JsonNode news = JSON.readTree(store.get("/api/v1/documents?kind=news").body());
        assertTrue(news.path("total").asInt() >= 1 && news.path("total").asInt() < TestPaths.sampleDocumentCount(),
                news.toString());
        assertEquals(java.util.Set.of("news"), java.util.Set.copyOf(news.path("documents").findValuesAsText("kind")));
        HttpResponse<String> bad = store.get("/api/v1/documents?kind=memo");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("'kind'"), bad.body());
        assertEquals(400, store.get("/api/v1/documents?limit=0").statusCode());
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> response = store.get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void anAcronymFindsTextThatOnlyUsesTheFullName() throws Exception {
        JsonNode byName = JSON.readTree(store.get("/api/v1/search?limit=100&q=%22Bureau%20of%20Industry%20and%20Security%22")
                .body());
        JsonNode byAcronym = JSON.readTree(store.get("/api/v1/search?limit=100&q=BIS").body());
        java.util.Set<String> acronymHits = new java.util.HashSet<>(byAcronym.findValuesAsText("iri"));
        for (JsonNode hit : byName.path("hits")) {
            assertTrue(acronymHits.contains(hit.path("iri").asText()), "BIS also finds " + hit.path("iri"));
        }
        assertTrue(byAcronym.path("total").asInt() >= byName.path("total").asInt());
    }
}
