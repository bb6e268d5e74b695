package org.reggraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reggraph.sparql.SparqlTestSupport.encode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.graph.DocumentSummary;
import org.reggraph.search.SearchHit;
import org.reggraph.search.SearchRequest;
import org.reggraph.testing.TestStore;

/**
 * Graph Store Protocol writes over real HTTP on a real store holding one ingested document: the default
 * graph round trip, multipart POST, graph creation, direct identification, the write rule, and the search
 * index following an edit of a document's graph.
 */
class GraphStoreProtocolTest {
    static final String TOKEN = "gsp-admin-token";
    static final String AUTH = "Bearer " + TOKEN;
    static final String BOUNDARY = "a6fe4cd636164618814be9f8d3d1a0de";
    static final String ALICE = """
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            [] a foaf:Person ; foaf:givenName "Alice" .
            """;

    @TempDir
    static Path dataDir;
    @TempDir
    static Path sources;
    static TestStore store;
    static String documentIri;

    @BeforeAll
    static void ingestOneDocument() throws Exception {
        store = TestStore.open(dataDir, config -> config.withAdminToken(TOKEN));
        store.ingest(SparqlTestSupport.revokedOrder(sources));
        store.serve();
        List<DocumentSummary> documents = store.regGraph().graph().documents();
        assertEquals(1, documents.size());
        documentIri = documents.get(0).iri();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theDefaultGraphRoundTripsWithoutTouchingTheDocuments() throws Exception {
        long documentTriples = count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertTrue(documentTriples > 0);
        HttpResponse<String> put = send("PUT", "/sparql?default", "text/turtle; charset=utf-8", ALICE, AUTH);
        assertTrue(put.statusCode() == 201 || put.statusCode() == 204, put.body());
        HttpResponse<String> read = send("GET", "/sparql?default", null, null, null);
        assertEquals(200, read.statusCode());
        assertTrue(read.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph back = RDFParser.fromString(read.body(), Lang.TURTLE).toGraph();
        assertTrue(back.isIsomorphicWith(RDFParser.fromString(ALICE, Lang.TURTLE).toGraph()), read.body());

        assertEquals(documentTriples, count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                "queries keep the union of the named graphs as their default graph");
        assertEquals(2, count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }"));
        assertEquals(204, send("POST", "/sparql?default", "application/n-triples",
                "<urn:example:s> <urn:example:p> \"merged\" .", AUTH).statusCode());
        assertEquals(3, count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }"));

        assertEquals(204, send("DELETE", "/sparql?default", null, null, AUTH).statusCode());
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }"));
        assertEquals(documentTriples, count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                "dropping the default graph leaves the documents' graphs alone");
    }

    @Test
    void aMultipartPostMergesEveryPartIntoTheGraph() throws Exception {
        String graph = "/sparql?graph=" + encode("urn:example:person");
        assertEquals(201, send("PUT", graph, "text/turtle",
                "<urn:example:p1> <http://xmlns.com/foaf/0.1/name> \"Jane Doe\" .", AUTH).statusCode());
        String body = multipart(
                part("lastName.ttl", "text/turtle; charset=utf-8",
                        "<urn:example:p1> <http://xmlns.com/foaf/0.1/familyName> \"Doe\" ."),
                part("firstName.nt", "application/n-triples",
                        "<urn:example:p1> <http://xmlns.com/foaf/0.1/givenName> \"Jane\" ."));
        HttpResponse<String> post = send("POST", graph, "multipart/form-data; boundary=" + BOUNDARY, body, AUTH);
        assertEquals(204, post.statusCode(), post.body());
        assertEquals(3, graphSize(graph));
    }

    @Test
    void aBadPartIsRefusedByNameAndNothingIsWritten() throws Exception {
        String graph = "/sparql?graph=" + encode("urn:example:untouched");
        assertEquals(201, send("PUT", graph, "text/turtle", "<urn:example:a> <urn:example:p> 1 .", AUTH).statusCode());
        String unreadable = multipart(part("good.ttl", "text/turtle", "<urn:example:a> <urn:example:p> 2 ."),
                part("broken.ttl", "text/turtle", "<urn:example:a> <urn:example:p> ."));
        HttpResponse<String> refused = send("POST", graph, "multipart/form-data; boundary=" + BOUNDARY, unreadable,
                AUTH);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("part 'broken.ttl'"), refused.body());
        String notRdf = multipart(part("good.ttl", "text/turtle", "<urn:example:a> <urn:example:p> 3 ."),
                part("table.csv", "text/csv", "a,b"));
        HttpResponse<String> unsupported = send("POST", graph, "multipart/form-data; boundary=" + BOUNDARY, notRdf,
                AUTH);
        assertEquals(415, unsupported.statusCode());
        assertTrue(unsupported.body().contains("part 'table.csv'"), unsupported.body());
        assertEquals(1, graphSize(graph), "neither request wrote its good part");
    }

    @Test
    void aPostToTheStoreCreatesAGraphAndSaysWhereItIs() throws Exception {
        HttpResponse<String> first = send("POST", "/sparql", "text/turtle", ALICE, AUTH);
        assertEquals(201, first.statusCode(), first.body());
        String location = first.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(store.baseUrl() + "/sparql/"), location);
        assertEquals(2, graphSize("/sparql?graph=" + encode(location)));
        assertEquals(2, graphSize(location.substring(store.baseUrl().length())), "the new IRI dereferences here");
        String second = send("POST", "/sparql", "text/turtle", ALICE, AUTH).headers().firstValue("Location")
                .orElseThrow();
        assertNotEquals(location, second);
        assertEquals(415, send("POST", "/sparql", "text/plain", "ASK {}", AUTH).statusCode(),
                "text/plain is a mistyped query, not N-Triples, on the query endpoint");
    }

    @Test
    void aUrlUnderTheEndpointNamesItsGraphDirectly() throws Exception {
        String path = "/sparql/person/1.ttl";
        String iri = store.baseUrl() + path;
        assertEquals(201, send("PUT", path, "text/turtle", "<#me> <http://xmlns.com/foaf/0.1/name> \"Jo\" .", AUTH)
                .statusCode());
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) { GRAPH <" + iri + "> { <" + iri + "#me> ?p ?o } }"),
                "the graph is named by the request URL, which is also the base of the body");
        assertEquals(1, graphSize("/sparql?graph=" + encode(iri)));
        assertEquals(204, send("POST", path, "text/turtle", "<#me> <http://xmlns.com/foaf/0.1/nick> \"J\" .", AUTH)
                .statusCode());
        assertEquals(200, send("HEAD", path, null, null, null).statusCode());
        assertEquals(400, send("GET", path + "?default", null, null, null).statusCode());
        assertEquals(204, send("DELETE", path, null, null, AUTH).statusCode());
        assertEquals(404, send("GET", path, null, null, null).statusCode());
        assertEquals(404, send("DELETE", path, null, null, AUTH).statusCode());
    }

    @Test
    void everyWriteNeedsTheToken() throws Exception {
        String multipart = multipart(part("one.ttl", "text/turtle", "<urn:example:a> <urn:example:p> 1 ."));
        String graph = "/sparql?graph=" + encode("urn:example:guarded");
        assertEquals(403, send("PUT", "/sparql?default", "text/turtle", ALICE, null).statusCode());
        assertEquals(403, send("POST", graph, "multipart/form-data; boundary=" + BOUNDARY, multipart, null)
                .statusCode());
        assertEquals(403, send("POST", "/sparql", "text/turtle", ALICE, "Bearer wrong").statusCode());
        assertEquals(403, send("PUT", "/sparql/guarded", "text/turtle", ALICE, null).statusCode());
        assertEquals(403, send("DELETE", "/sparql?graph=" + encode(documentIri), null, null, null).statusCode());
        assertEquals(404, send("GET", graph, null, null, null).statusCode());
        assertEquals(404, send("GET", "/sparql/guarded", null, null, null).statusCode());
        assertTrue(graphSize("/sparql?graph=" + encode(documentIri)) > 0);
    }

    @Test
    void editingADocumentsGraphMovesItsProvisionsInTheIndex() throws Exception {
        String graph = "/sparql?graph=" + encode(documentIri);
        List<SearchHit> before = search("training runs");
        assertFalse(before.isEmpty(), "the ingested order speaks of training runs");
        String ntriples = send("GET", graph + "&format=nt", null, null, null).body();
        assertTrue(ntriples.contains("training runs"));
        String edited = ntriples.replace("training runs", "tabulated hovercraft");
        assertEquals(204, send("PUT", graph, "application/n-triples", edited, AUTH).statusCode());
        assertTrue(search("training runs").isEmpty(), "the old wording left the index with the graph");
        assertEquals(before.get(0).iri(), search("tabulated hovercraft").get(0).iri());

        assertEquals(204, send("DELETE", graph, null, null, AUTH).statusCode());
        assertTrue(search("tabulated hovercraft").isEmpty(), "a dropped document leaves the index");
        assertEquals(201, send("PUT", graph, "application/n-triples", ntriples, AUTH).statusCode());
        assertEquals(before.get(0).iri(), search("training runs").get(0).iri(), "and comes back with its graph");
    }

    @Test
    void aSparqlUpdateOfADocumentsGraphMovesItsProvisionsInTheIndexToo() throws Exception {
        List<SearchHit> before = search("training runs");
        assertFalse(before.isEmpty(), "the ingested order speaks of training runs");
        assertEquals(204, update(reworded("training runs", "quantised gliders")).statusCode());
        assertTrue(search("training runs").isEmpty(), "the old wording left the index with the update");
        assertEquals(before.get(0).iri(), search("quantised gliders").get(0).iri());
        assertEquals(204, update(reworded("quantised gliders", "training runs")).statusCode());
        assertEquals(before.get(0).iri(), search("training runs").get(0).iri());

        String graph = "/sparql?graph=" + encode(documentIri);
        String ntriples = send("GET", graph + "&format=nt", null, null, null).body();
        assertEquals(204, update("DROP GRAPH <" + documentIri + ">").statusCode());
        assertTrue(search("training runs").isEmpty(), "a dropped document leaves the index with the update");
        assertEquals(201, send("PUT", graph, "application/n-triples", ntriples, AUTH).statusCode());
        assertEquals(before.get(0).iri(), search("training runs").get(0).iri());
    }

    /** Every literal of the document's graph holding {@code from}, rewritten to hold {@code to}. */
    private static String reworded(String from, String to) {
        return """
                DELETE { GRAPH ?g { ?s ?p ?old } } INSERT { GRAPH ?g { ?s ?p ?new } }
                WHERE { GRAPH ?g { ?s ?p ?old FILTER (isLiteral(?old) && CONTAINS(STR(?old), "%s"))
                                   BIND (REPLACE(STR(?old), "%s", "%s") AS ?new) } }
                """.formatted(from, from, to);
    }

    private static HttpResponse<String> update(String sparql) throws Exception {
        return send("POST", "/sparql", "application/sparql-update", sparql, AUTH);
    }

    private static List<SearchHit> search(String words) {
        return store.regGraph().search().search(SearchRequest.of(words, 5)).hits();
    }

    private static long count(String query) throws Exception {
        HttpResponse<String> csv = store.get("/sparql?format=csv&query=" + encode(query));
        assertEquals(200, csv.statusCode(), csv.body());
        return Long.parseLong(csv.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static long graphSize(String pathAndQuery) throws Exception {
        HttpResponse<String> read = send("GET", pathAndQuery, null, null, null);
        assertEquals(200, read.statusCode(), read.body());
        return RDFParser.fromString(read.body(), Lang.TURTLE).toGraph().size();
    }

    private static String part(String fileName, String contentType, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n" + content + "\r\n";
    }

    private static String multipart(String... parts) {
        return String.join("", parts) + "--" + BOUNDARY + "--\r\n";
    }

    private static HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body,
                                             String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(store.uri(pathAndQuery)).header("Accept", "text/turtle")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return store.send(request);
    }
}
