package org.reggraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/** The SPARQL endpoint under hostile use: a query past the time limit, a refused update, headers on errors. */
class SparqlLimitsTest {
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    Path workDir;

    @Test
    void aQueryPastTheTimeLimitAnswers503AndTheServerStillAnswers() throws Exception {
        try (TestStore store = TestStore.open(workDir.resolve("data"),
                config -> config.withQueryTimeout(Duration.ofMillis(200)))) {
            store.ingest(TestPaths.sampleCorpus());
            store.serve();
            HttpResponse<String> slow = store.get("/sparql?query=" + encode(CROSS_PRODUCT));
            assertEquals(503, slow.statusCode(), slow.body());
            assertFalse(slow.body().contains("\tat "), slow.body());
            assertSecurityHeaders(slow);
            HttpResponse<String> quick = store.get("/sparql?query=" + encode("ASK { ?s ?p ?o }"));
            assertEquals(200, quick.statusCode(), quick.body());
        }
    }

    @Test
    void anUpdateWithoutTheTokenIsRefusedAndABrokenQueryIs400() throws Exception {
        try (TestStore store = TestStore.open(workDir.resolve("data")).serve()) {
            HttpResponse<String> update = store.send(HttpRequest.newBuilder(store.uri("/sparql"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")));
            assertTrue(update.statusCode() == 401 || update.statusCode() == 403, update.statusCode() + " " + update.body());
            assertSecurityHeaders(update);
            HttpResponse<String> broken = store.get("/sparql?query=" + encode("SELECT WHERE {"));
            assertEquals(400, broken.statusCode(), broken.body());
            assertSecurityHeaders(broken);
            assertFalse(broken.body().contains("\tat "), broken.body());
        }
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent(), response::toString);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
