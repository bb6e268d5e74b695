package org.reggraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.graph.Std;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/** Minted IRIs dereference (page for browsers, RDF for clients), the JSON-LD context, and the bulk export. */
class LinkedDataTest {
    @TempDir
    static Path dataDir;
    @TempDir
    static Path sources;
    static TestStore store;
    static String document;
    static String provision;

    @BeforeAll
    static void start() throws Exception {
        store = TestStore.open(dataDir, config -> config, new KnownFindings());
        store.ingest(SparqlTestSupport.revokedOrder(sources));
        store.serve();
        document = store.regGraph().iris().document("eo-14110");
        provision = store.regGraph().graph().provisions("eo-14110").get(0).iri();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void rdfClientsGetTheDescriptionInTheFormatTheyAskFor() throws Exception {
        HttpResponse<String> turtle = dereference(document, "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph fromTurtle = RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph();
        assertTrue(fromTurtle.contains(NodeFactory.createURI(document), DCTerms.title.asNode(), Node.ANY));

        HttpResponse<String> jsonld = dereference(document, "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Graph fromJsonld = RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph();
        assertTrue(fromTurtle.isIsomorphicWith(fromJsonld), "JSON-LD and Turtle describe the same triples");

        Graph withSelectors = RDFParser.fromString(dereference(provision, "text/turtle").body(), Lang.TURTLE).toGraph();
        assertTrue(withSelectors.contains(Node.ANY, Std.exact.asNode(), Node.ANY), "a provision comes with its quote");
        assertTrue(withSelectors.contains(Node.ANY, Std.start.asNode(), Node.ANY), "and its position");

        HttpResponse<String> entity = dereference(store.regGraph().iris().entity(KnownFindings.COMMERCE), "text/turtle");
        assertEquals(200, entity.statusCode());
        assertEquals(404, dereference(store.regGraph().iris().base() + "doc/no-such-document", "text/turtle")
                .statusCode());
    }

    @Test
    void browsersAreSentToTheUiPage() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        HttpResponse<String> page = dereference(document, browser);
        assertEquals(303, page.statusCode());
        assertEquals("/document.html?id=eo-14110", page.headers().firstValue("Location").orElse(""));
        HttpResponse<String> node = dereference(provision, browser);
        assertEquals(303, node.statusCode());
        String location = node.headers().firstValue("Location").orElse("");
        assertEquals(provision, URLDecoder.decode(location.substring("/node.html?iri=".length()), StandardCharsets.UTF_8));
        assertEquals(200, dereference(document, "*/*").statusCode(), "a client that takes anything gets RDF");
    }

    @Test
    void thePublishedContextDeclaresOurPrefixesAndExpandsOurTerms() throws Exception {
        HttpResponse<String> served = store.get("/ontology/context.jsonld");
        assertEquals(200, served.statusCode());
        String inRepository = Files.readString(TestPaths.repository().resolve("ontology/context.jsonld"));
        assertEquals(inRepository, served.body());
        ObjectMapper json = new ObjectMapper();
        JsonNode context = json.readTree(served.body()).path("@context");
        for (Map.Entry<String, String> prefix : Prefixes.standard().entrySet()) {
            assertEquals(prefix.getValue(), context.path(prefix.getKey()).asText(), prefix.getKey());
        }
        ObjectNode node = json.createObjectNode();
        node.set("@context", context);
        node.put("id", document).put("type", "Document").put("title", "A title").put("ordinal", "3");
        Graph graph = RDFParser.fromString(json.writeValueAsString(node), Lang.JSONLD).toGraph();
        Node subject = NodeFactory.createURI(document);
        assertTrue(graph.contains(subject, DCTerms.title.asNode(), NodeFactory.createLiteralString("A title")));
        assertTrue(graph.contains(subject, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI("https://reggraph.org/ontology#Document")));
        assertEquals(3, graph.size());
    }

    @Test
    void theExportIsTheWholeDatasetInNQuadsOrTrig() throws Exception {
        long quads = store.regGraph().store().read(() -> org.apache.jena.atlas.iterator.Iter.count(
                store.regGraph().store().dataset().asDatasetGraph().find()));
        HttpResponse<String> nquads = store.get("/api/v1/export");
        assertEquals(200, nquads.statusCode());
        assertTrue(nquads.headers().firstValue("Content-Type").orElse("").startsWith("application/n-quads"));
        DatasetGraph fromNquads = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(nquads.body(), Lang.NQUADS).parse(fromNquads);
        assertEquals(quads, org.apache.jena.atlas.iterator.Iter.count(fromNquads.find()));
        assertTrue(fromNquads.containsGraph(NodeFactory.createURI(document)));

        DatasetGraph fromTrig = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(store.get("/api/v1/export?format=trig").body(), Lang.TRIG).parse(fromTrig);
        assertEquals(quads, org.apache.jena.atlas.iterator.Iter.count(fromTrig.find()));
        assertEquals(400, store.get("/api/v1/export?format=xml").statusCode());
        assertFalse(nquads.body().isBlank());
    }

    private static HttpResponse<String> dereference(String iri, String accept) throws Exception {
        String path = "/id/" + iri.substring(store.regGraph().iris().base().length());
        return store.send(HttpRequest.newBuilder(store.uri(path)).header("Accept", accept).GET());
    }
}
