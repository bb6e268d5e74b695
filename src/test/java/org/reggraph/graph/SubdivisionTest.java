package org.reggraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * A labelled part of a document has one IRI across its versions: each version's provisions with that label
 * realize it, and the IRI dereferences to the part with every version's text of it.
 */
class SubdivisionTest {
    private static final String RULE = """
            Findings
            (1) Model weights are dual-use technology.
            (2) Their export needs control.
            Further findings
            (1) Allies share the concern.
            AC-2 Account Management.
            (a) Define the types of accounts allowed.
            AC-2 Discussion: accounts include individual and group accounts.
            § 744.23 Advanced AI model weights.
            (a) Definition. Model weights are the parameters of a trained model.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path workDir;
    private static TestStore store;
    private static String document;

    @BeforeAll
    static void ingestTwoVersions() throws Exception {
        Path file = workDir.resolve("bis-rule-744-23.txt");
        store = TestStore.open(workDir.resolve("data"));
        Files.writeString(file, RULE + "(b) License requirement. You must obtain a license before you export them.\n",
                StandardCharsets.UTF_8);
        document = store.ingest(file).outcomes().get(0).documentId();
        Files.writeString(file, RULE + "(b) License requirement. You must obtain a license before you export or "
                + "transfer them.\n(c) Vetting. BIS shall vet each recipient.\n", StandardCharsets.UTF_8);
        assertEquals(1, store.ingest(file).newVersions());
        store.serve();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aLabelledPartIsOneSubdivisionRealizedInEveryVersion() {
        Iris iris = store.regGraph().iris();
        List<String[]> realizations = realizationsOf(iris.subdivision(document, "§ 744.23(b)"));
        assertEquals(2, realizations.size(), "one provision in each version");
        assertNotEquals(realizations.get(0)[1], realizations.get(1)[1], "in two versions");
        assertNotEquals(realizations.get(0)[2], realizations.get(1)[2], "whose text changed");
        assertEquals(1, realizationsOf(iris.subdivision(document, "§ 744.23(c)")).size(), "added by the second");
        assertEquals(2, realizationsOf(iris.subdivision(document, "(2)")).size());
        assertEquals(4, realizationsOf(iris.subdivision(document, "AC-2")).size(),
                "a control and its discussion, its item between them, in each version");
    }

    @Test
    void aLabelGivenToProvisionsApartFromOneAnotherNamesNoSubdivision() {
        String ambiguous = store.regGraph().iris().subdivision(document, "(1)");
        assertEquals(List.of(), realizationsOf(ambiguous));
        assertFalse(store.regGraph().store().read(() -> store.regGraph().store().dataset().asDatasetGraph()
                .find(Node.ANY, NodeFactory.createURI(ambiguous), Node.ANY, Node.ANY).hasNext()));
    }

    @Test
    void theSubdivisionIriDereferencesToThePartAndEachVersionsText() throws Exception {
        String subdivision = store.regGraph().iris().subdivision(document, "§ 744.23(b)");
        assertTrue(subdivision.endsWith("/s/%C2%A7_744.23(b)"), subdivision);
        String path = "/id/" + subdivision.substring(store.regGraph().iris().base().length());
        HttpResponse<String> turtle = store.send(HttpRequest.newBuilder(store.uri(path))
                .header("Accept", "text/turtle").GET());
        assertEquals(200, turtle.statusCode(), turtle.body());
        Graph description = RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph();
        Node node = NodeFactory.createURI(subdivision);
        assertTrue(description.contains(node, RDF.type.asNode(), Vocab.Subdivision.asNode()));
        assertTrue(description.contains(node, DCTerms.isPartOf.asNode(),
                NodeFactory.createURI(store.regGraph().iris().document(document))));
        assertTrue(description.contains(node, RDFS.label.asNode(), NodeFactory.createLiteralString("§ 744.23(b)")));
        assertEquals(2, description.find(Node.ANY, Vocab.realizes.asNode(), node).toList().size(),
                "the provisions that realize it, though it does not point to them");
    }

    @Test
    void theDocumentsProvisionsAndTheGraphViewNameTheSubdivision() throws Exception {
        String subdivision = store.regGraph().iris().subdivision(document, "§ 744.23(b)");
        JsonNode provisions = JSON.readTree(store.get("/api/v1/documents/" + document).body()).path("provisions");
        List<String> realized = new ArrayList<>();
        provisions.forEach(provision -> realized.add(provision.path("label").asText() + " "
                + provision.path("subdivision").asText("none")));
        assertTrue(realized.contains("§ 744.23(b) " + subdivision), realized.toString());
        assertTrue(realized.contains("(1) none"), "an ambiguous label names no subdivision: " + realized);
        JsonNode view = JSON.readTree(store.get("/api/v1/graph?depth=1&iri="
                + URLEncoder.encode(subdivision, StandardCharsets.UTF_8)).body());
        assertEquals("§ 744.23(b)", view.path("center").path("label").asText(), view.toString());
        assertEquals(2, view.path("incoming").size(), "each version's provision points to it");
    }

    @Test
    void aSearchHitCarriesTheSubdivisionItsProvisionRealizes() throws Exception {
        JsonNode vetting = JSON.readTree(store.get("/api/v1/search?q=" + URLEncoder.encode("vet each recipient",
                StandardCharsets.UTF_8)).body()).path("hits").get(0);
        assertEquals("§ 744.23(c)", vetting.path("label").asText());
        assertEquals(store.regGraph().iris().subdivision(document, "§ 744.23(c)"), vetting.path("subdivision").asText());
        JsonNode allies = JSON.readTree(store.get("/api/v1/search?q=allies").body()).path("hits").get(0);
        assertEquals("(1)", allies.path("label").asText());
        assertTrue(allies.path("subdivision").isNull() || allies.path("subdivision").isMissingNode(), allies.toString());
    }

    /** Provision, version and text of each provision that realizes {@code subdivision}, by version. */
    private static List<String[]> realizationsOf(String subdivision) {
        return store.regGraph().store().read(() -> Queries.select(store.regGraph().store().dataset(), """
                SELECT ?provision ?version ?text WHERE { GRAPH ?g {
                  ?provision rg:realizes ?subdivision ; dcterms:isPartOf ?version ; rg:text ?text } }
                ORDER BY ?version""", Map.of("subdivision", ResourceFactory.createResource(subdivision)),
                row -> new String[] {Queries.string(row, "provision"), Queries.string(row, "version"),
                        Queries.string(row, "text")}));
    }
}
