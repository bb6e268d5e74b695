package org.reggraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reggraph.sparql.SparqlTestSupport.encode;
import static org.reggraph.sparql.SparqlTestSupport.postUpdate;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * The time limit and the result cap over real HTTP: a query that would run for minutes is cut at the
 * configured limit with 503 while the server keeps answering other requests, and answers stop at the cap.
 */
class SparqlTimeoutTest {
    static final Duration LIMIT = Duration.ofSeconds(5);
    static final int CAP = 5;
    static final int TRIPLES = 2_000;
    static final String TOKEN = "timeout-test-token";

    @TempDir
    static Path dataDir;
    static TestStore store;

    @BeforeAll
    static void start() throws Exception {
        store = TestStore.open(dataDir, config -> config.withQueryTimeout(LIMIT).withAdminToken(TOKEN)
                .withLimits(CAP, config.maxUploadBytes(), config.parseTimeout())).serve();
        StringBuilder data = new StringBuilder("INSERT DATA { GRAPH <urn:example:g> {\n");
        for (int i = 0; i < TRIPLES; i++) {
            data.append("<urn:example:s").append(i).append("> <urn:example:p> ").append(i).append(" .\n");
        }
        data.append("} }");
        assertEquals(204, postUpdate(store, "/sparql", data.toString(), "Authorization", "Bearer " + TOKEN)
                .statusCode());
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void aQueryOfMinutesIsCutAt503WhileOtherRequestsAreServed() throws Exception {
        // 2,000 cubed is 8 billion combinations: minutes of work, well past the limit.
        String endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }";
        HttpClient client = HttpClient.newHttpClient();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = client.sendAsync(
                HttpRequest.newBuilder(store.uri("/sparql?query=" + encode(endless))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        HttpResponse<String> health = store.get("/api/v1/health");
        HttpResponse<String> quick = store.get("/sparql?format=csv&query="
                + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        assertFalse(slow.isDone(), "the long query should still be running while the others are answered");
        assertEquals(200, health.statusCode());
        assertEquals(200, quick.statusCode());
        assertEquals(Integer.toString(TRIPLES), quick.body().lines().skip(1).findFirst().orElse("").strip());

        HttpResponse<String> cut = slow.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(503, cut.statusCode(), cut.body());
        assertTrue(cut.body().contains("time limit"), cut.body());
        assertTrue(seconds >= LIMIT.toSeconds() - 0.5, "cut too early: " + seconds + " s");
        assertTrue(seconds < LIMIT.toSeconds() + 10, "cut too late: " + seconds + " s");
    }

    @Test
    void answersStopAtTheCapAndSaySo() throws Exception {
        HttpResponse<String> all = store.get("/sparql?format=tsv&query=" + encode("SELECT * { ?s ?p ?o }"));
        assertEquals(200, all.statusCode());
        assertEquals(CAP, all.body().lines().count() - 1);
        assertEquals(Integer.toString(CAP), all.headers().firstValue("X-RegGraph-Result-Cap").orElse(""));
        assertEquals("true", all.headers().firstValue("X-RegGraph-Result-Truncated").orElse(""));

        HttpResponse<String> few = store.get("/sparql?format=tsv&query=" + encode("SELECT * { ?s ?p ?o } LIMIT 3"));
        assertEquals(3, few.body().lines().count() - 1);
        assertTrue(few.headers().firstValue("X-RegGraph-Result-Truncated").isEmpty());
    }
}
