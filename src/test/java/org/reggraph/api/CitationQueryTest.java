package org.reggraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * Citations typed into the search box as they are written, over the sample corpus and real HTTP: an EU act's
 * number, whose slash Lucene's syntax reads as a regular expression, and a NIST control's enhancement, whose
 * brackets it reads as a group.
 */
class CitationQueryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    private static TestStore store;

    @BeforeAll
    static void ingestSamplesAndServe() {
        store = TestStore.withSamples(dataDir).serve();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void anEuActsNumberIsSearchedAsTyped() throws Exception {
        for (String typed : new String[] {"2024/1689", "Regulation (EU) 2024/1689", "amends 2024/1689"}) {
            JsonNode body = search(typed);
            assertTrue(body.path("total").asInt() > 0, typed);
            JsonNode first = body.path("hits").get(0);
            assertTrue(matched(first).contains("2024/1689"), () -> typed + ": " + first);
        }
        assertEquals(search("2024/1689").path("total"), search("\"2024/1689\"").path("total"),
                "the same as the phrase typed in quotes");
    }

    @Test
    void aControlEnhancementFindsItselfNotEveryProvisionOfItsControl() throws Exception {
        JsonNode body = search("AC-6(5)");
        JsonNode first = body.path("hits").get(0);
        assertEquals(List.of("AC-6(5)"), matched(first), first::toString);
        for (JsonNode hit : body.path("hits")) {
            assertTrue(hit.path("text").asText().contains("AC-6(5)"), () -> "only provisions holding it: " + hit);
        }
        assertTrue(search("AC-6").path("total").asInt() >= body.path("total").asInt());
    }

    @Test
    void aRegularExpressionTypedOnPurposeIsStillOne() throws Exception {
        assertTrue(search("/20[0-9]{2}/").path("total").asInt() > 0, "years, found by the expression");
        HttpResponse<String> unclosed = store.get("/api/v1/search?q=" + encode("weights /unclosed"));
        assertEquals(400, unclosed.statusCode(), unclosed::body);
    }

    /** The hit's matches, read from its text at the offsets the API gives into the document. */
    private static List<String> matched(JsonNode hit) {
        int start = hit.path("start").asInt();
        String text = hit.path("text").asText();
        List<String> matched = new ArrayList<>();
        hit.path("matches").forEach(match ->
                matched.add(text.substring(match.path("start").asInt() - start, match.path("end").asInt() - start)));
        return matched;
    }

    private static JsonNode search(String query) throws Exception {
        HttpResponse<String> response = store.get("/api/v1/search?limit=10&q=" + encode(query));
        assertEquals(200, response.statusCode(), () -> query + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
