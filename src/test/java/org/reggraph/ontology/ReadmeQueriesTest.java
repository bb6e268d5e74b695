package org.reggraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestPaths;
import org.reggraph.testing.TestStore;

/**
 * The example queries of {@code ontology/README.md}, read out of its fenced {@code sparql} blocks so that the
 * README and this test cannot drift, each answer with rows on the sample corpus.
 */
class ReadmeQueriesTest {
    private static final Pattern SPARQL_BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    static Path dataDir;
    private static TestStore store;

    @BeforeAll
    static void ingestSamples() {
        store = TestStore.open(dataDir);
        var report = store.ingest(TestPaths.sampleCorpus());
        assertEquals(0, report.failed(), () -> "sample files failed: " + report.failures());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theReadmeHasAtLeastThreeExampleQueries() throws IOException {
        assertTrue(readmeQueries().size() >= 3, "example queries in ontology/README.md");
    }

    @TestFactory
    Stream<DynamicTest> everyExampleQueryAnswersOnTheSampleCorpus() throws IOException {
        List<String> queries = readmeQueries();
        return queries.stream().map(query -> DynamicTest.dynamicTest("README query " + (queries.indexOf(query) + 1),
                () -> {
                    List<QuerySolution> rows = run(query);
                    assertTrue(rows.size() > 0, () -> "no rows for:\n" + query);
                }));
    }

    @Test
    void theTraceQueryQuotesExactlyTheDocumentTextAtItsOffsets() throws IOException {
        String trace = readmeQueries().get(0);
        List<QuerySolution> rows = run(trace);
        for (QuerySolution row : rows) {
            String document = row.getLiteral("document").getString();
            String key = store.regGraph().graph().documents().stream()
                    .filter(summary -> summary.title().equals(document)).findFirst().orElseThrow().id();
            int[] text = store.regGraph().graph().currentText(key).orElseThrow().codePoints().toArray();
            int start = row.getLiteral("start").getInt();
            int end = row.getLiteral("end").getInt();
            assertEquals(row.getLiteral("exact").getString(), new String(text, start, end - start));
        }
    }

    private static List<QuerySolution> run(String query) {
        return store.regGraph().store().read(() -> {
            try (QueryExecution execution = QueryExecution.dataset(store.regGraph().store().dataset())
                    .query(query).build()) {
                // Copied inside the transaction: TDB2 resolves a solution's nodes lazily.
                List<QuerySolution> rows = new ArrayList<>();
                execution.execSelect().forEachRemaining(solution -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    copy.addAll(solution);
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    private static List<String> readmeQueries() throws IOException {
        String readme = Files.readString(OntologyFiles.folder().resolve("README.md"), StandardCharsets.UTF_8);
        List<String> queries = new ArrayList<>();
        Matcher block = SPARQL_BLOCK.matcher(readme);
        while (block.find()) {
            queries.add(block.group(1));
        }
        return queries;
    }
}
