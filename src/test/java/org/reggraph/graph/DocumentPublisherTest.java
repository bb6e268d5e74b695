package org.reggraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestStore;

/**
 * A document's publisher is an agent with a stable IRI and a name, one node for every document of the same
 * issuer, as Dublin Core means {@code dcterms:publisher}; the API still names the issuer as text.
 */
class DocumentPublisherTest {
    private static final String RULE = """
            DEPARTMENT OF EXAMPLES
            Sample Reporting Requirements
            AGENCY: %s
            ACTION: Final rule.
            § 1.1 Scope. Each sample filer must report its sample weights.
            """;

    @TempDir
    static Path workDir;
    private static TestStore store;

    @BeforeAll
    static void ingest() throws Exception {
        store = TestStore.open(workDir.resolve("data"));
        Files.writeString(workDir.resolve("first-rule.txt"), RULE.formatted("Office of Sample Rules, Department of Examples."),
                StandardCharsets.UTF_8);
        Files.writeString(workDir.resolve("second-rule.txt"), RULE.formatted("Office of Sample Rules, Department of Examples.")
                + "§ 1.2 Records. Each filer must keep its records.\n", StandardCharsets.UTF_8);
        Files.writeString(workDir.resolve("bis-rule.txt"), RULE.formatted("Bureau of Industry and Security, Commerce.")
                + "§ 1.4 Reviews. BIS shall review each sample licence.\n", StandardCharsets.UTF_8);
        Files.writeString(workDir.resolve("consulting-rule.txt"), RULE.formatted("Office of Sample Rules, Department of "
                + "Examples.") + "§ 1.5 Consultation. The filer must consult the Bureau of Industry and Security.\n",
                StandardCharsets.UTF_8);
        store.ingest(workDir.resolve("first-rule.txt"), workDir.resolve("second-rule.txt"),
                workDir.resolve("bis-rule.txt"), workDir.resolve("consulting-rule.txt"));
        store.serve();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void documentsOfOneIssuerLinkToOneNamedAgent() {
        String agent = store.regGraph().iris().agent("Office of Sample Rules, Department of Examples");
        assertTrue(agent.endsWith("/agent/Office_of_Sample_Rules%2C_Department_of_Examples"), agent);
        assertEquals(List.of("consulting-rule|Office of Sample Rules, Department of Examples",
                        "first-rule|Office of Sample Rules, Department of Examples",
                        "second-rule|Office of Sample Rules, Department of Examples"),
                select("""
                        SELECT ?key ?name WHERE {
                          ?doc dcterms:publisher ?agent ; rg:identifierKey ?key .
                          ?agent a dcterms:Agent ; rdfs:label ?name .
                          FILTER (?agent = ?expected)
                        } ORDER BY ?key""", agent, "key", "name"));
        assertEquals("Office of Sample Rules, Department of Examples",
                store.regGraph().graph().document("first-rule").orElseThrow().issuer(), "the API names it as text");
    }

    @Test
    void anAgentsIriDereferencesToItsNameAndDocuments() throws Exception {
        String agent = store.regGraph().iris().agent("Office of Sample Rules, Department of Examples");
        HttpResponse<String> response = store.get("/id/" + agent.substring(store.regGraph().iris().base().length()));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("Office of Sample Rules, Department of Examples"), response.body());
        for (String key : List.of("first-rule", "second-rule", "consulting-rule")) {
            assertTrue(response.body().contains(store.regGraph().iris().document(key)), "it lists what it issued: " + key);
        }
        JsonNode center = new ObjectMapper().readTree(store.get("/api/v1/graph?depth=0&iri="
                + URLEncoder.encode(agent, StandardCharsets.UTF_8)).body()).path("center");
        assertEquals("Office of Sample Rules, Department of Examples", center.path("label").asText(), center.toString());
        assertEquals("publisher", center.path("detail").asText(), center.toString());
    }

    @Test
    void anEntityThatIssuesDocumentsListsThemApartFromThoseMentioningIt() throws Exception {
        JsonNode body = new ObjectMapper().readTree(store.get("/api/v1/entities/bis").body());
        List<String> issued = new ArrayList<>();
        body.path("issued").forEach(doc -> issued.add(doc.path("id").asText()));
        List<String> mentioning = new ArrayList<>();
        body.path("documents").forEach(doc -> mentioning.add(doc.path("id").asText()));
        assertTrue(issued.contains("bis-rule"), body.toString());
        assertTrue(!issued.contains("consulting-rule") && mentioning.contains("consulting-rule"), body.toString());
    }

    @Test
    void aNewVersionNamingAnotherIssuerLeavesNoTraceOfTheOldOne() throws Exception {
        Path file = workDir.resolve("third-rule.txt");
        Files.writeString(file, RULE.formatted("Office of Retired Rules, Department of Examples."), StandardCharsets.UTF_8);
        store.ingest(file);
        Files.writeString(file, RULE.formatted("Bureau of Industry and Security, Commerce.")
                + "§ 1.3 Exports. Each exporter must hold a licence.\n", StandardCharsets.UTF_8);
        assertEquals(1, store.ingest(file).newVersions());
        String retired = store.regGraph().iris().agent("Office of Retired Rules, Department of Examples");
        assertEquals(List.of(), select("SELECT ?p ?o WHERE { ?agent ?p ?o FILTER (?agent = ?expected) }", retired, "p", "o"));
        assertEquals("Bureau of Industry and Security",
                store.regGraph().graph().document("third-rule").orElseThrow().issuer());
    }

    private static List<String> select(String query, String expected, String... columns) {
        return store.regGraph().store().read(() -> Queries.select(store.regGraph().store().dataset(), query,
                Map.of("expected", ResourceFactory.createResource(expected)),
                row -> String.join("|", Arrays.stream(columns).map(column -> Queries.string(row, column)).toList())));
    }
}
