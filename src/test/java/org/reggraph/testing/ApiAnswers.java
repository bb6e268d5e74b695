package org.reggraph.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/** What API tests read from a serving store: JSON answers, a document's text, one SPARQL value. */
public final class ApiAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiAnswers() {
    }

    /** The JSON answer at {@code path}, which must be a 200. */
    public static JsonNode json(TestStore store, String path) throws Exception {
        HttpResponse<String> response = store.get(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    /** The current plain text of a document, which every offset of the API counts into. */
    public static String text(TestStore store, String documentId) throws Exception {
        HttpResponse<String> response = store.get("/api/v1/documents/" + documentId + "/text");
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    /** The text between two code-point offsets, as the API counts them. */
    public static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    /** The first item of a JSON array that is wanted; a test failure naming the array if none is. */
    public static JsonNode find(JsonNode items, Predicate<JsonNode> wanted) {
        return StreamSupport.stream(items.spliterator(), false).filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("not found in " + items));
    }

    /** The single value a one-row SELECT answers, read from its CSV. */
    public static String sparqlValue(TestStore store, String query) throws Exception {
        HttpResponse<String> response = store.send(HttpRequest.newBuilder(
                store.uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv"));
        assertEquals(200, response.statusCode(), response::body);
        String[] lines = response.body().strip().split("\r?\n");
        return lines[lines.length - 1].strip();
    }
}
