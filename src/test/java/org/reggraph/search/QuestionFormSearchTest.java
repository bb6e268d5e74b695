package org.reggraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * A question is searched by what it asks about, not by the words that make it a question: in a notice
 * written for this test, short provisions that happen to say "what", "who" or "how" must not outrank the
 * one that defines the term asked about, over real HTTP.
 */
class QuestionFormSearchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTICE = """
            Notice on model safeguards

            Sec. 1. Definitions. A jailbreak is a prompt crafted to make a model set aside the safeguards its \
            developer built into it, so that the model produces output that the developer meant to withhold \
            from the users of the service, in whole or in part, whatever the channel through which it is offered.

            Sec. 2. The Secretary decides what is filed.

            Sec. 3. The register shows who filed, when and how.

            Sec. 4. A provider must keep a record of each safeguard it removes.
            """;

    @TempDir
    static Path folder;
    private static TestStore store;

    @BeforeAll
    static void ingestAndServe() throws IOException {
        store = TestStore.serving(folder, Map.of("sample-safeguards-notice.txt", NOTICE));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aQuestionFindsTheProvisionAboutItsSubjectAndNotThoseThatSayWhat() throws Exception {
        JsonNode body = search("q=" + encode("What is a jailbreak, and who can tell me how it works?") + "&mode=question");
        assertEquals("question", body.path("mode").asText());
        assertEquals(1, body.path("total").asInt(), () -> "only the definition holds what was asked: " + body);
        JsonNode first = body.path("hits").get(0);
        assertEquals("Sec. 1", first.path("label").asText(), () -> "first hit: " + first);
        assertTrue(first.path("snippet").asText().contains("<mark>jailbreak</mark>"), first::toString);
    }

    @Test
    void aQuestionKeepsItsModalVerb() throws Exception {
        JsonNode first = search("q=" + encode("What must a provider record?") + "&mode=question").path("hits").get(0);
        assertEquals("Sec. 4", first.path("label").asText(), () -> "first hit: " + first);
        assertTrue(first.path("snippet").asText().contains("<mark>must</mark>"), first::toString);
    }

    @Test
    void typedAsQuerySyntaxTheSameWordsAreFound() throws Exception {
        JsonNode body = search("q=" + encode("what OR who") + "&mode=query");
        assertEquals(2, body.path("total").asInt(), () -> "provisions keep their words: " + body);
    }

    private static JsonNode search(String parameters) throws IOException, InterruptedException {
        var response = store.get("/api/v1/search?limit=20&" + parameters);
        assertEquals(200, response.statusCode(), response::body);
        return JSON.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
