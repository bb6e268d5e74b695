package org.reggraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.graph.Iris;
import org.reggraph.search.SearchHit;
import org.reggraph.search.SearchRequest;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * Runs every example in {@code ontology/queries/} over HTTP against the sample corpus (plus a stand-in for
 * EO 14110, which the sample EO 14999 revokes, and a news item restating a duty of Commerce), extracted by
 * {@link KnownFindings}, and checks the answer.
 */
class ExampleQueriesTest {
    @TempDir
    static Path dataDir;
    @TempDir
    static Path extra;
    static TestStore store;
    static Iris iris;

    @BeforeAll
    static void start() throws IOException {
        store = TestStore.open(dataDir, config -> config, new KnownFindings());
        store.ingest(TestPaths.sampleCorpus(), SparqlTestSupport.revokedOrder(extra),
                SparqlTestSupport.newsReport(extra));
        store.serve();
        iris = store.regGraph().iris();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void everyExampleHasACheckHere() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> listing = Files.list(queries())) {
            listing.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".rq")).forEach(files::add);
        }
        assertEquals(new TreeSet<>(List.of("obligations-binding-an-entity.rq", "rules-derived-from-revoked-orders.rq",
                "documents-citing-a-cfr-part.rq", "export-licence-obligations-full-text.rq",
                "a-provision-in-every-version.rq", "obligations-by-publisher.rq",
                "an-acts-preamble-and-operative-text.rq")), files);
    }

    @Test
    void anActsPreambleComesBeforeItsOperativeText() throws Exception {
        List<Map<String, String>> rows = run("an-acts-preamble-and-operative-text.rq");
        rows.sort(Comparator.comparingInt(row -> Integer.parseInt(row.get("ordinal"))));
        List<String> parts = rows.stream().map(row -> row.get("part")).toList();
        int operative = parts.indexOf("operative");
        assertTrue(operative > 0, () -> "a preamble, then operative text: " + parts);
        assertFalse(parts.subList(operative, parts.size()).contains("preamble"), parts::toString);
        for (Map<String, String> row : rows) {
            if (row.get("text").contains("SUMMARY:")) {
                assertEquals("preamble", row.get("part"), "the summary explains");
            }
            if (row.getOrDefault("label", "").startsWith("§ 744.23")) {
                assertEquals("operative", row.get("part"), () -> row.get("label") + " binds");
            }
        }
        assertTrue(rows.stream().anyMatch(row -> row.get("text").contains("SUMMARY:")), "the summary is listed");
        assertTrue(rows.stream().anyMatch(row -> row.getOrDefault("label", "").startsWith("§ 744.23")), "so is § 744.23");
    }

    @Test
    void obligationsBindingAnEntity() throws Exception {
        List<Map<String, String>> rows = run("obligations-binding-an-entity.rq");
        assertFalse(rows.isEmpty());
        String commerce = iris.entity(KnownFindings.COMMERCE);
        for (Map<String, String> row : rows) {
            assertEquals(commerce, row.get("entity"), "only Commerce is an entity in these findings");
            assertTrue(row.get("text").contains("Commerce shall"), row.get("text"));
        }
        Set<String> documents = column(rows, "document");
        assertTrue(documents.contains(iris.document("eo-14999")), documents.toString());
        assertTrue(documents.contains(iris.document("eo-14110")), documents.toString());
        assertTrue(rows.stream().anyMatch(row -> row.get("text").contains("vetting foreign recipients")));
        List<Map<String, String>> reported = select("""
                SELECT ?rule WHERE {
                  ?rule a <https://reggraph.org/ontology#ReportedClaim> ;
                        <http://www.w3.org/ns/odrl/2/assignee> <%s> .
                }""".formatted(commerce));
        assertFalse(reported.isEmpty(), "the news item's duty of Commerce is in the graph, reported");
        assertTrue(column(rows, "rule").stream().noneMatch(column(reported, "rule")::contains), "the example leaves it out");
    }

    @Test
    void obligationsByPublisher() throws Exception {
        List<Map<String, String>> rows = run("obligations-by-publisher.rq");
        Map<String, Map<String, String>> byName = new HashMap<>();
        rows.forEach(row -> byName.put(row.get("name"), row));
        Map<String, String> whiteHouse = byName.get("The White House (illustrative)");
        assertEquals(iris.agent("The White House (illustrative)"), whiteHouse.get("publisher"));
        assertEquals("2", whiteHouse.get("documents"), "the sample order and the fact sheet on it: one publisher");
        assertTrue(Integer.parseInt(whiteHouse.get("obligations")) > 0, whiteHouse.toString());
        assertTrue(rows.stream().allMatch(row -> row.get("publisher").startsWith(iris.base() + "agent/")), rows.toString());
    }

    @Test
    void aProvisionInEveryVersion() throws Exception {
        List<Map<String, String>> rows = run("a-provision-in-every-version.rq");
        assertEquals(1, rows.size(), "the sample rule has one version: " + rows);
        Map<String, String> row = rows.get(0);
        assertTrue(row.get("text").startsWith("(b) License requirement"), row.get("text"));
        assertEquals("true", row.get("current"));
        assertTrue(row.get("provision").startsWith(row.get("version") + "/p/"), row.toString());
    }

    @Test
    void rulesDerivedFromRevokedOrders() throws Exception {
        List<Map<String, String>> rows = run("rules-derived-from-revoked-orders.rq");
        assertFalse(rows.isEmpty());
        assertEquals(Set.of(iris.document("eo-14110")), column(rows, "order"), "only EO 14110 is revoked");
        assertEquals(Set.of(iris.document("eo-14999")), column(rows, "revokedBy"),
                "EO 14999 revokes it; the news items only report it");
        assertTrue(rows.stream().anyMatch(row -> row.get("text").contains("report training runs")));
    }

    @Test
    void documentsCitingACfrPart() throws Exception {
        List<Map<String, String>> rows = run("documents-citing-a-cfr-part.rq");
        Set<String> documents = column(rows, "document");
        for (String key : List.of("eo-14999", "fr-2026-99999", "nist-ai-999-1")) {
            assertTrue(documents.contains(iris.document(key)), key + " cites 15 CFR 744.23: " + documents);
        }
        for (Map<String, String> row : rows) {
            for (String cited : row.get("cited").split(" ")) {
                assertTrue(cited.equals("cfr-15-744") || cited.startsWith("cfr-15-744-"), cited);
            }
            assertTrue(Integer.parseInt(row.get("citations")) >= 1);
        }
        assertFalse(documents.contains(iris.document("eo-14110")), "the stand-in cites no CFR part");
    }

    @Test
    void fullTextJoinedWithObligations() throws Exception {
        List<Map<String, String>> rows = run("export-licence-obligations-full-text.rq");
        // The same join done by hand: the search API's hits, then each hit's obligations from the graph.
        List<SearchHit> hits = store.regGraph().search().search(SearchRequest.of("export licence", 50)).hits();
        Set<String> expected = new LinkedHashSet<>();
        for (SearchHit hit : hits) {
            String rulesOfHit = "SELECT ?rule { <" + hit.iri() + "> <https://reggraph.org/ontology#rule> ?rule . "
                    + "?rule a <https://reggraph.org/ontology#Obligation> }";
            for (Map<String, String> row : select(rulesOfHit)) {
                expected.add(row.get("rule"));
            }
        }
        assertFalse(expected.isEmpty(), "some provision about export licences holds an obligation");
        assertEquals(expected, column(rows, "rule"));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Double.parseDouble(rows.get(i - 1).get("score")) >= Double.parseDouble(rows.get(i).get("score")));
        }
        assertTrue(rows.stream().allMatch(row -> row.get("snippet").contains("<mark>")));
    }

    private static Path queries() {
        return TestPaths.repository().resolve("ontology/queries");
    }

    private static List<Map<String, String>> run(String file) throws Exception {
        return select(Files.readString(queries().resolve(file), StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> select(String query) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(store.uri("/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        ResultSet results = ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .read(new ByteArrayInputStream(response.body()));
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, String> row = new HashMap<>();
            solution.varNames().forEachRemaining(name -> row.put(name, text(solution.get(name))));
            rows.add(row);
        }
        return rows;
    }

    private static String text(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static Set<String> column(List<Map<String, String>> rows, String name) {
        Set<String> values = new LinkedHashSet<>();
        rows.forEach(row -> values.add(row.get(name)));
        return values;
    }
}
