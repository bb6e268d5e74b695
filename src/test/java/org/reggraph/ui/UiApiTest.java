package org.reggraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * The read-only routes the pages need, over real HTTP on a real store of two small texts: an order that binds
 * an agency, and a notice that cites the order.
 */
class UiApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path temp;
    private static TestStore store;

    @BeforeAll
    static void ingestAndServe() throws Exception {
        Path files = Files.createDirectories(temp.resolve("files"));
        Files.writeString(files.resolve("order.txt"), String.join("\n",
                "Executive Order 14999 (a test text)",
                "",
                "Sec. 1. Licences. The Bureau of Industry and Security shall publish a list of vetted recipients.",
                "",
                "Sec. 2. Limits. No person may export covered weights without a licence.",
                ""), StandardCharsets.UTF_8);
        Files.writeString(files.resolve("notice.txt"), String.join("\n",
                "A notice about export licences \uD83D\uDCDC (a test text)",
                "",
                "Sec. 1. Background. This notice explains to readers what changed for exporters this year,",
                "in plain words, and where they can find the text that governs the licences they need.",
                "It is written long enough that what it cites below is a citation, not its own identity.",
                "",
                "Sec. 2. Duties. Exporters should read Executive Order 14999 before they apply for a licence.",
                ""), StandardCharsets.UTF_8);
        store = TestStore.open(temp.resolve("data"), config -> config, new ModalSentenceFindings());
        var report = store.ingest(files);
        assertEquals(0, report.failed(), () -> "files failed: " + report.failures());
        store.serve();
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aRuleTraceQuotesItsSourceAtItsCodePointOffsets() throws Exception {
        JsonNode notice = rulesOf("notice").get(0);
        JsonNode trace = json("/api/v1/rules?iri=" + encode(notice.path("iri").asText())).path("rule");
        String text = store.get("/api/v1/documents/notice/text").body();
        int[] codePoints = text.codePoints().toArray();
        JsonNode source = trace.path("source");
        int start = source.path("start").asInt();
        int end = source.path("end").asInt();
        assertEquals(new String(codePoints, start, end - start), source.path("exact").asText(),
                "the offsets count code points: the notice's title has an emoji before the rule");
        assertTrue(text.codePointCount(0, text.length()) < text.length(), "the text really has a surrogate pair");
        assertEquals("recommendation", trace.path("modality").asText());
        assertEquals("Exporters", trace.path("parts").path("bearer").asText());
        JsonNode version = json("/api/v1/documents/notice").path("versions").get(0);
        assertEquals(version.path("sha256").asText(), trace.path("version").path("sha256").asText());
        assertEquals(version.path("sha256").asText(), trace.path("activity").path("sha256").asText());
        assertTrue(trace.path("activity").path("endedAt").asText().startsWith("20"), trace.toString());
        JsonNode citation = trace.path("citations").get(0);
        assertEquals("eo-14999", citation.path("documentId").asText());
        assertTrue(citation.path("resolved").asBoolean(), "the cited order is in the store");
    }

    @Test
    void aRuleTraceListsWhoCitesItsDocument() throws Exception {
        String iri = rulesOf("eo-14999").get(0).path("iri").asText();
        JsonNode answer = json("/api/v1/rules?iri=" + encode(iri));
        assertEquals(iri, answer.path("rule").path("iri").asText());
        assertEquals("notice", answer.path("documentCitedBy").get(0).path("documentId").asText());
    }

    @Test
    void aBadOrUnknownRuleIsNamedInTheAnswer() throws Exception {
        HttpResponse<String> missing = store.get("/api/v1/rules");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("'iri'"), missing.body());
        HttpResponse<String> unknown = store.get("/api/v1/rules?iri=" + encode("https://reggraph.org/id/none"));
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("no rule with IRI"), unknown.body());
    }

    @Test
    void theGraphAroundADocumentHoldsWhatItCitesWhoCitesItAndWhatItMentions() throws Exception {
        JsonNode order = json("/api/v1/graph?document=eo-14999");
        assertEquals("document", order.path("center").path("type").asText());
        String orderIri = order.path("center").path("iri").asText();
        List<String> edges = new ArrayList<>();
        for (JsonNode edge : order.path("edges")) {
            edges.add(label(order, edge.path("source").asText()) + " " + edge.path("relation").asText() + " "
                    + label(order, edge.path("target").asText()));
        }
        assertTrue(edges.contains("notice.txt cites Executive Order 14999"), edges.toString());
        assertTrue(edges.contains("Executive Order 14999 mentions Bureau of Industry and Security"), edges.toString());
        assertTrue(order.path("properties").size() > 0 && !orderIri.isEmpty());

        JsonNode wider = json("/api/v1/graph?document=eo-14999&depth=2");
        boolean ruleBindsAgency = false;
        for (JsonNode edge : wider.path("edges")) {
            ruleBindsAgency |= edge.path("relation").asText().equals("binds")
                    && label(wider, edge.path("target").asText()).equals("Bureau of Industry and Security");
        }
        assertTrue(ruleBindsAgency, "two steps out, the order's rule binds the agency: " + wider.path("edges"));
    }

    @Test
    void theGraphNamesBadParameters() throws Exception {
        assertEquals(400, store.get("/api/v1/graph").statusCode());
        assertEquals(400, store.get("/api/v1/graph?document=eo-14999&entity=bis").statusCode());
        HttpResponse<String> deep = store.get("/api/v1/graph?document=eo-14999&depth=9");
        assertEquals(400, deep.statusCode());
        assertTrue(deep.body().contains("'depth'"), deep.body());
        assertEquals(404, store.get("/api/v1/graph?entity=nobody").statusCode());
    }

    @Test
    void depthZeroGivesTheNodeAndItsStatementsOnly() throws Exception {
        JsonNode agency = json("/api/v1/graph?entity=bis&depth=0");
        assertEquals(1, agency.path("nodes").size());
        assertEquals("entity", agency.path("center").path("type").asText());
        assertTrue(agency.path("properties").toString().contains("Bureau of Industry and Security"));
    }

    @Test
    void exampleQueriesAreListedEvenWhenThereAreNone() throws Exception {
        JsonNode examples = json("/api/v1/sparql/examples").path("examples");
        assertTrue(examples.isArray());
        for (JsonNode example : examples) {
            assertTrue(example.path("query").asText().toUpperCase(java.util.Locale.ROOT).contains("SELECT")
                    || example.path("query").asText().toUpperCase(java.util.Locale.ROOT).matches("(?s).*(ASK|CONSTRUCT|DESCRIBE).*"),
                    example.toString());
        }
    }

    private static String label(JsonNode graph, String iri) {
        for (JsonNode node : graph.path("nodes")) {
            if (node.path("iri").asText().equals(iri)) {
                return node.path("label").asText();
            }
        }
        return iri;
    }

    private static JsonNode rulesOf(String documentId) throws Exception {
        return json("/api/v1/obligations?document=" + documentId).path("obligations");
    }

    private static JsonNode json(String pathAndQuery) throws Exception {
        HttpResponse<String> response = store.get(pathAndQuery);
        assertEquals(200, response.statusCode(), () -> pathAndQuery + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
