package org.reggraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reggraph.sparql.SparqlTestSupport.encode;
import static org.reggraph.sparql.SparqlTestSupport.postForm;
import static org.reggraph.sparql.SparqlTestSupport.postUpdate;
import static org.reggraph.sparql.SparqlTestSupport.query;
import static org.reggraph.sparql.SparqlTestSupport.queryBytes;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.graph.DocumentSummary;
import org.reggraph.search.SearchHit;
import org.reggraph.search.SearchRequest;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/** The SPARQL 1.1 Protocol endpoint over real HTTP on the sample corpus: formats, errors, datasets, updates. */
class SparqlEndpointTest {
    static final String TOKEN = "test-admin-token";
    static final String PREFIXES = """
            PREFIX rg: <https://reggraph.org/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    static final String DOCUMENTS = PREFIXES + "SELECT ?doc ?title WHERE { ?doc a rg:Document ; dcterms:title ?title } ORDER BY ?doc";

    @TempDir
    static Path dataDir;
    static TestStore store;
    static List<String> documentIris;

    @BeforeAll
    static void ingestSamples() {
        store = TestStore.open(dataDir, config -> config.withAdminToken(TOKEN), new KnownFindings());
        store.ingest(TestPaths.sampleCorpus());
        store.serve();
        documentIris = store.regGraph().graph().documents().stream().map(DocumentSummary::iri).sorted().toList();
        assertEquals(TestPaths.sampleDocumentCount(), documentIris.size(), "every sample document is stored");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everySelectFormatParsesBackToTheSameRows() throws Exception {
        for (ResultFormat format : ResultFormat.values()) {
            HttpResponse<byte[]> response = queryBytes(store, DOCUMENTS, format.mediaType());
            assertEquals(200, response.statusCode(), format.name());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(format.mediaType()),
                    format + " answered " + response.headers().firstValue("Content-Type"));
            ResultSet rows = ResultsReader.create().lang(format.lang()).build()
                    .read(new ByteArrayInputStream(response.body()));
            List<String> iris = new ArrayList<>();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                iris.add(row.get("doc").toString());
                assertFalse(row.get("title").toString().isBlank());
            }
            assertEquals(documentIris, iris, format.name());
            assertEquals("10000", response.headers().firstValue("X-RegGraph-Result-Cap").orElse(""));
        }
    }

    @Test
    void askParsesBackAsABooleanInJsonAndXml() throws Exception {
        String ask = PREFIXES + "ASK { <" + documentIris.get(0) + "> a rg:Document }";
        for (Lang lang : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML)) {
            HttpResponse<byte[]> response = queryBytes(store, ask, lang.getHeaderString());
            SPARQLResult result = ResultsReader.create().lang(lang).build()
                    .readAny(new ByteArrayInputStream(response.body()));
            assertTrue(result.isBoolean() && result.getBooleanResult(), lang.getName());
        }
        HttpResponse<byte[]> no = queryBytes(store, PREFIXES + "ASK { <urn:example:none> a rg:Document }",
                ResultSetLang.RS_JSON.getHeaderString());
        assertFalse(ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .readAny(new ByteArrayInputStream(no.body())).getBooleanResult());
    }

    @Test
    void everyRdfFormatOfAConstructParsesBackToTheSameGraph() throws Exception {
        String construct = PREFIXES + "CONSTRUCT { ?doc dcterms:title ?title ; a rg:Document } WHERE { "
                + "?doc a rg:Document ; dcterms:title ?title }";
        Graph reference = null;
        for (GraphFormat format : GraphFormat.values()) {
            HttpResponse<byte[]> response = queryBytes(store, construct, format.mediaType());
            assertEquals(200, response.statusCode(), format.name());
            DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(response.body())).lang(format.lang()).parse(parsed);
            Graph graph = parsed.getDefaultGraph();
            assertEquals(2 * documentIris.size(), graph.size(), format + ": a type and a title for each document");
            if (reference == null) {
                reference = graph;
            } else {
                assertTrue(reference.isIsomorphicWith(graph), format + " differs from Turtle");
            }
        }
        HttpResponse<byte[]> describe = queryBytes(store, "DESCRIBE <" + documentIris.get(0) + ">", "text/turtle");
        Graph described = RDFParser.source(new ByteArrayInputStream(describe.body())).lang(Lang.TURTLE).toGraph();
        assertFalse(described.isEmpty());
    }

    @Test
    void formatParameterWinsOverAccept() throws Exception {
        HttpResponse<String> csv = store.send(java.net.http.HttpRequest.newBuilder(
                store.uri("/sparql?format=csv&query=" + encode(DOCUMENTS))).header("Accept", "application/sparql-results+xml"));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("doc,title"));
        HttpResponse<String> unknown = store.get("/sparql?format=yaml&query=" + encode(DOCUMENTS));
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("format"), unknown.body());
    }

    @Test
    void badRequestsAreRefusedInPlainTextAsFusekiDoes() throws Exception {
        HttpResponse<String> parse = query(store, "SELECT * WHERE { ?s ?p ", "application/sparql-results+json");
        assertEquals(400, parse.statusCode());
        assertTrue(parse.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(parse.body().startsWith("Parse error"), parse.body());
        assertEquals(400, postForm(store, "/sparql", "query=" + encode("  ")).statusCode());
        assertEquals(400, store.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D").statusCode());
        assertEquals(400, store.get("/sparql?update=" + encode("CLEAR ALL")).statusCode());
        HttpResponse<String> wrongType = store.send(java.net.http.HttpRequest.newBuilder(store.uri("/sparql"))
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("ASK {}")));
        assertEquals(415, wrongType.statusCode());
        HttpResponse<String> federated = query(store, "SELECT * { SERVICE <" + store.baseUrl() + "/sparql> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertEquals(422, federated.statusCode(), "the server must not fetch what a query names");
    }

    @Test
    void protocolDatasetReplacesTheUnionDefaultGraph() throws Exception {
        String one = documentIris.get(0);
        String count = "SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?doc a <https://reggraph.org/ontology#Document> }";
        assertEquals(String.valueOf(documentIris.size()), single(store.get("/sparql?format=csv&query=" + encode(count))));
        assertEquals("1", single(store.get("/sparql?format=csv&default-graph-uri=" + encode(one) + "&query="
                + encode(count))));
        String graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        assertEquals("1", single(store.get("/sparql?format=csv&named-graph-uri=" + encode(one) + "&query="
                + encode(graphs))));
        assertEquals("1", single(postForm(store, "/sparql?format=csv", "query=" + encode(count)
                + "&default-graph-uri=" + encode(one))));
    }

    @Test
    void updatesNeedTheAdminTokenAndRunInOneTransaction() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:example:test> { <urn:example:s> <urn:example:p> \"v\" } }";
        HttpResponse<String> refused = postUpdate(store, "/sparql", insert);
        assertEquals(403, refused.statusCode());
        assertEquals(403, postUpdate(store, "/sparql", insert, "Authorization", "Bearer wrong").statusCode());
        assertEquals(204, postUpdate(store, "/sparql", insert, "Authorization", "Bearer " + TOKEN).statusCode());
        assertEquals("1", single(store.get("/sparql?format=csv&query="
                + encode("SELECT (COUNT(*) AS ?n) { GRAPH <urn:example:test> { ?s ?p ?o } }"))));
        HttpResponse<String> conflict = postUpdate(store, "/sparql?using-graph-uri=urn:example:test",
                "WITH <urn:example:test> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "Authorization", "Bearer " + TOKEN);
        assertEquals(400, conflict.statusCode());
        HttpResponse<String> broken = postUpdate(store, "/sparql", "DROP GRAPH <urn:example:test> ; INSERT DATA { oops",
                "Authorization", "Bearer " + TOKEN);
        assertEquals(400, broken.statusCode());
        assertEquals(204, postForm(store, "/sparql", "update=" + encode("DROP GRAPH <urn:example:test>"),
                "Authorization", "Bearer " + TOKEN).statusCode());
        assertEquals("0", single(store.get("/sparql?format=csv&query="
                + encode("SELECT (COUNT(*) AS ?n) { GRAPH <urn:example:test> { ?s ?p ?o } }"))));
    }

    @Test
    void aPlainGetDescribesTheService() throws Exception {
        HttpResponse<String> response = store.send(java.net.http.HttpRequest.newBuilder(store.uri("/sparql"))
                .header("Accept", "text/turtle"));
        assertEquals(200, response.statusCode());
        Graph description = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        assertTrue(description.contains(org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.NodeFactory.createURI(ServiceDescription.SD + "endpoint"),
                org.apache.jena.graph.NodeFactory.createURI(store.baseUrl() + "/sparql")));
        assertTrue(response.body().contains("textSearch"));
    }

    @Test
    void graphStoreReadsGiveOneGraph() throws Exception {
        String one = documentIris.get(0);
        HttpResponse<String> named = store.get("/sparql?graph=" + encode(one) + "&format=nt");
        assertEquals(200, named.statusCode());
        Graph graph = RDFParser.fromString(named.body(), Lang.NTRIPLES).toGraph();
        long inStore = store.regGraph().store().read(() -> store.regGraph().store().dataset().asDatasetGraph()
                .getGraph(org.apache.jena.graph.NodeFactory.createURI(one)).size());
        assertEquals(inStore, graph.size());
        assertEquals(404, store.get("/sparql?graph=" + encode("urn:example:absent")).statusCode());
    }

    @Test
    void graphStoreWritesNeedTheTokenAndReplaceMergeOrDrop() throws Exception {
        String graph = "/sparql?graph=" + encode("urn:example:gsp");
        String auth = "Bearer " + TOKEN;
        assertEquals(403, gsp("PUT", graph, "<urn:example:a> <urn:example:p> 1 .", null).statusCode());
        assertEquals(201, gsp("PUT", graph, "<urn:example:a> <urn:example:p> 1 .", auth).statusCode());
        assertEquals(204, gsp("PUT", graph, "<urn:example:a> <urn:example:p> 2 .", auth).statusCode());
        assertEquals(204, gsp("POST", graph, "<urn:example:b> <urn:example:p> 3 .", auth).statusCode());
        Graph stored = RDFParser.fromString(store.get(graph + "&format=nt").body(), Lang.NTRIPLES).toGraph();
        assertEquals(2, stored.size(), "PUT replaced the first triple, POST added the third");
        assertEquals(400, gsp("PUT", graph, "<urn:example:a> <urn:example:p> .", auth).statusCode());
        assertEquals(204, gsp("DELETE", graph, null, auth).statusCode());
        assertEquals(404, gsp("DELETE", graph, null, auth).statusCode());
        assertEquals(404, gsp("HEAD", graph, null, null).statusCode());
        assertEquals(400, gsp("PUT", "/sparql", "<urn:example:a> <urn:example:p> 1 .", auth).statusCode());
    }

    private static HttpResponse<String> gsp(String method, String path, String turtle, String authorization)
            throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(store.uri(path))
                .method(method, turtle == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(turtle));
        if (turtle != null) {
            request.header("Content-Type", "text/turtle");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return store.send(request);
    }

    @Test
    void textSearchJoinsTheIndexWithGraphPatterns() throws Exception {
        List<SearchHit> hits = store.regGraph().search().search(SearchRequest.of("export licence", 5)).hits();
        assertFalse(hits.isEmpty());
        String sparql = PREFIXES + """
                SELECT ?provision ?score ?snippet ?start ?end ?doc WHERE {
                  (?provision ?score ?snippet ?start ?end) rg:textSearch ("export licence" 5) .
                  ?version rg:provision ?provision . ?doc rg:currentVersion ?version .
                } ORDER BY DESC(?score)
                """;
        HttpResponse<byte[]> response = queryBytes(store, sparql, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        ResultSet rows = ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .read(new ByteArrayInputStream(response.body()));
        List<String> provisions = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            SearchHit hit = hits.get(provisions.size());
            provisions.add(row.getResource("provision").getURI());
            assertEquals(hit.iri(), row.getResource("provision").getURI());
            assertEquals(hit.snippet(), row.getLiteral("snippet").getString());
            assertEquals(hit.matches().get(0).start(), row.getLiteral("start").getInt());
            assertEquals(hit.document().iri(), row.getResource("doc").getURI());
        }
        assertEquals(hits.size(), provisions.size());
        HttpResponse<String> badSyntax = query(store, PREFIXES + "SELECT * { ?p rg:textSearch \"AND (\" }",
                "application/sparql-results+json");
        assertEquals(400, badSyntax.statusCode());
    }

    private static String single(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode(), csv.body());
        return csv.body().lines().skip(1).findFirst().orElse("").strip();
    }
}
