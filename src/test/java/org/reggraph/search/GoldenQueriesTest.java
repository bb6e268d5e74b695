package org.reggraph.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reggraph.testing.SharedCorpusStore;
import org.reggraph.testing.TestStore;

/**
 * Guards search quality against drift: each golden question, asked over HTTP of a store holding
 * ../shared/corpus, must find its expected document among the first K distinct documents hit.
 */
class GoldenQueriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> questions() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = GoldenQueriesTest.class.getResourceAsStream("/golden/shared-corpus-queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                rows.add(Arguments.of(fields[0], fields[1], Integer.parseInt(fields[2].trim())));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void questionFindsItsDocument(String question, String expectedFile, int k) throws Exception {
        TestStore store = SharedCorpusStore.get();
        Map<String, String> fileById = new HashMap<>();
        for (JsonNode doc : JSON.readTree(store.get("/api/v1/documents").body()).path("documents")) {
            fileById.put(doc.path("id").asText(), doc.path("fileName").asText());
        }
        JsonNode hits = JSON.readTree(store.get("/api/v1/search?limit=50&q="
                + URLEncoder.encode(question, StandardCharsets.UTF_8)).body()).path("hits");
        Set<String> documents = new LinkedHashSet<>();
        for (JsonNode hit : hits) {
            documents.add(fileById.get(hit.path("document").path("id").asText()));
        }
        List<String> top = documents.stream().limit(k).toList();
        assertTrue(top.contains(expectedFile), () -> "expected " + expectedFile + " in the top " + k + " documents, got "
                + top);
    }
}
