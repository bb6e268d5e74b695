package org.reggraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * Every provision, rule, citation and mention points at the exact characters it came from: the quote equals
 * the version's text at the stated code point offsets, in the graph and over HTTP, also where the text holds
 * characters outside the Basic Multilingual Plane, which Java counts twice and Web Annotation once.
 */
class CharacterProvenanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Emoji and mathematical letters are astral: each is two UTF-16 chars but one code point. */
    private static final String ASTRAL_TEXT = """
            Astral Sample Order 😀 on 𝔘nicode Safety

            Sec. 1. Purpose. The Agency for 𝔘nicode Safety 😀 shall publish a list of covered emoji 🎉 within 30 days.

            Sec. 2. Duties. Each provider 𝔘 must not export model weights 🚀 without a licence under 15 CFR 744.23.
            A provider 😀 may request an exemption. Providers 𝔘 should keep records 📁 for five years, as \
            Executive Order 14999 requires.
            """;

    @TempDir
    static Path workDir;
    private static TestStore store;

    @BeforeAll
    static void ingestAndServe() throws IOException {
        Path folder = Files.createDirectories(workDir.resolve("astral"));
        Files.writeString(folder.resolve("astral-sample-order.txt"), ASTRAL_TEXT, StandardCharsets.UTF_8);
        store = TestStore.open(workDir.resolve("data"), config -> config, new ShallSentences());
        var report = store.ingest(TestPaths.sampleCorpus(), folder);
        assertEquals(0, report.failed(), () -> "files failed: " + report.failures());
        store.serve();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyRuleQuoteOverHttpEqualsTheDocumentTextAtItsCodePointOffsets() throws Exception {
        Map<String, int[]> texts = new HashMap<>();
        int checked = 0;
        int astral = 0;
        for (int offset = 0; ; offset += 100) {
            JsonNode page = json("/api/v1/obligations?limit=100&offset=" + offset).path("obligations");
            if (page.isEmpty()) {
                break;
            }
            for (JsonNode rule : page) {
                String id = rule.path("documentId").asText();
                int[] text = texts.computeIfAbsent(id, CharacterProvenanceTest::codePointsOfText);
                int start = rule.path("start").asInt();
                int end = rule.path("end").asInt();
                assertEquals(rule.path("text").asText(), new String(text, start, end - start), rule.path("iri").asText());
                checked++;
                astral += id.equals("astral-sample-order") ? 1 : 0;
            }
        }
        assertTrue(checked > 20, "rules checked: " + checked);
        assertEquals(4, astral, "the four modal sentences of the astral sample are rules");
    }

    @Test
    void astralCharactersSurviveAndOffsetsCountThemOnce() throws Exception {
        String text = store.get("/api/v1/documents/astral-sample-order/text").body();
        assertTrue(text.contains("😀") && text.contains("𝔘"), "the astral characters survive parsing: " + text);
        JsonNode rule = json("/api/v1/obligations?document=astral-sample-order&modality=prohibition")
                .path("obligations").get(0);
        String quote = rule.path("text").asText();
        int utf16Start = text.indexOf(quote);
        assertTrue(utf16Start > 0, "the rule's text is in the document");
        assertEquals(text.codePointCount(0, utf16Start), rule.path("start").asInt(), "start counts code points");
        assertTrue(rule.path("start").asInt() < utf16Start, "astral characters precede the rule");
        assertEquals(rule.path("start").asInt() + quote.codePointCount(0, quote.length()), rule.path("end").asInt());
    }

    @Test
    void everyProvisionOverHttpSpansItsTextInTheDocument() throws Exception {
        for (JsonNode document : json("/api/v1/documents").path("documents")) {
            String id = document.path("id").asText();
            int[] text = codePointsOfText(id);
            JsonNode provisions = json("/api/v1/documents/" + id).path("provisions");
            assertTrue(provisions.size() > 0, id + " has provisions");
            int previousEnd = 0;
            for (JsonNode provision : provisions) {
                int start = provision.path("start").asInt();
                int end = provision.path("end").asInt();
                assertTrue(previousEnd <= start && start < end && end <= text.length,
                        id + " provision offsets are ordered and inside the text: " + provision);
                previousEnd = end;
            }
        }
    }

    @Test
    void everySelectorInTheGraphQuotesTheVersionTextWithItsContext() {
        List<Map<String, String>> selectors = store.regGraph().store().read(() -> Queries.select(
                store.regGraph().store().dataset(), """
                SELECT ?node ?plain ?start ?end ?exact ?prefix ?suffix WHERE {
                  ?node rg:textSpan ?span .
                  ?span oa:hasSource/rg:plainText ?plain ; oa:hasSelector ?position , ?quote .
                  ?position oa:start ?start ; oa:end ?end .
                  ?quote oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix .
                }""", Map.of(), row -> Map.of("node", Queries.string(row, "node"),
                        "plain", Queries.string(row, "plain"), "start", Queries.string(row, "start"),
                        "end", Queries.string(row, "end"), "exact", Queries.string(row, "exact"),
                        "prefix", Queries.string(row, "prefix"), "suffix", Queries.string(row, "suffix"))));
        int astral = 0;
        for (Map<String, String> selector : selectors) {
            int[] text = selector.get("plain").codePoints().toArray();
            int start = Integer.parseInt(selector.get("start"));
            int end = Integer.parseInt(selector.get("end"));
            String node = selector.get("node");
            assertEquals(selector.get("exact"), new String(text, start, end - start), node);
            assertTrue(new String(text, 0, start).endsWith(selector.get("prefix")), node + " prefix");
            assertTrue(new String(text, end, text.length - end).startsWith(selector.get("suffix")), node + " suffix");
            astral += selector.get("exact").codePoints().anyMatch(Character::isSupplementaryCodePoint) ? 1 : 0;
        }
        assertTrue(selectors.size() > 100, "selectors checked: " + selectors.size());
        assertTrue(astral >= 5, "selectors quoting astral characters: " + astral);
    }

    private static int[] codePointsOfText(String documentId) {
        try {
            var response = store.get("/api/v1/documents/" + documentId + "/text");
            assertEquals(200, response.statusCode());
            return response.body().codePoints().toArray();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String path) throws Exception {
        var response = store.get(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
