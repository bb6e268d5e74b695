package org.reggraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * An entity a question names is one word of the question, matched by any of its names, over real HTTP: the
 * Bureau's long name no longer ranks a directory that repeats it above the rules on what the Bureau must do,
 * and a rule that spells the name out answers a question that uses the acronym.
 */
class EntityNameSearchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTICE = """
            Sample notice on license exceptions
            An illustrative notice written for a RegGraph test; not a rule's text.

            Sec. 1. BIS must publish each new license exception in the Federal Register.

            Sec. 2. The Bureau of Industry and Security must publish a list of the entities it has vetted.

            Sec. 3. Exporters may ask for an advisory opinion on any license exception.
            """;
    private static final String DIRECTORY = """
            Sample directory of export offices
            An illustrative directory written for a RegGraph test.

            Sec. 1. Bureau of Industry and Security, Office of Exporter Services. Write to the Bureau of Industry \
            and Security, Room 1, or to the Industry and Security desk of the Bureau.
            """;

    @TempDir
    static Path folder;
    private static TestStore store;

    @BeforeAll
    static void ingestAndServe() throws IOException {
        store = TestStore.serving(folder, Map.of(
                "sample-export-notice.txt", NOTICE, "sample-export-directory.txt", DIRECTORY));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theLongNameAsksWhatTheAcronymAsks() throws Exception {
        List<String> byName = firstTwo("What must the Bureau of Industry and Security publish?");
        assertEquals(List.of("sample-export-notice Sec. 1", "sample-export-notice Sec. 2"),
                byName.stream().sorted().toList(),
                () -> "the two rules on what the Bureau publishes, not the directory repeating its name: " + byName);
        assertEquals(byName, firstTwo("What must BIS publish?"), "either name, the same answer");
    }

    @Test
    void aRuleSpellingTheNameOutIsMarkedWhereItNamesTheEntity() throws Exception {
        JsonNode hits = search("What must BIS publish?").path("hits");
        JsonNode spelledOut = null;
        for (JsonNode hit : hits) {
            if (hit.path("text").asText().contains("Bureau of Industry and Security must publish")) {
                spelledOut = hit;
            }
        }
        assertTrue(spelledOut != null, () -> "found: " + hits);
        String snippet = spelledOut.path("snippet").asText();
        assertTrue(snippet.contains("<mark>Bureau of Industry and Security</mark>"), snippet);
    }

    @Test
    void aSearchForTheAcronymDoesNotFavourTheLongName() throws Exception {
        List<String> hits = firstTwo(search("BIS", "query"));
        assertEquals("sample-export-notice Sec. 1", hits.get(0),
                () -> "the rule saying BIS, not the directory repeating the long name: " + hits);
    }

    private static List<String> firstTwo(String question) throws Exception {
        return firstTwo(search(question, "question"));
    }

    private static List<String> firstTwo(JsonNode answer) {
        List<String> hits = new ArrayList<>();
        for (JsonNode hit : answer.path("hits")) {
            if (hits.size() < 2) {
                hits.add(hit.path("document").path("id").asText() + " " + hit.path("label").asText());
            }
        }
        return hits;
    }

    private static JsonNode search(String question) throws IOException, InterruptedException {
        return search(question, "question");
    }

    private static JsonNode search(String query, String mode) throws IOException, InterruptedException {
        var response = store.get("/api/v1/search?limit=10&mode=" + mode + "&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response::body);
        return JSON.readTree(response.body());
    }
}
