package org.reggraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.pipeline.IngestReport;
import org.reggraph.search.SearchRequest;
import org.reggraph.testing.TestStore;

/**
 * A changed file with the same identity becomes a new version of the same document: linked to the previous
 * one, which stays with its rules, and current for search and the API. The same bytes again change nothing.
 */
class VersioningTest {
    private static final String DOCUMENT = EditedSample.DOCUMENT;
    private static final String OLD_WORD = "kestrelword";
    private static final String NEW_WORD = "ospreyword";

    @TempDir
    static Path workDir;
    private static TestStore store;
    private static final List<IngestReport> reports = new ArrayList<>();

    @BeforeAll
    static void ingestTwoStates() throws Exception {
        EditedSample sample = new EditedSample(workDir.resolve("source"));
        store = TestStore.open(workDir.resolve("data"), config -> config, new ShallSentences());
        reports.add(store.ingest(sample.write(OLD_WORD, "")));
        reports.add(store.ingest(sample.write(OLD_WORD, "")));
        reports.add(store.ingest(sample.write(NEW_WORD, "")));
        store.serve();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void sameContentIsUnchangedAndChangedContentIsANewVersion() {
        assertEquals(1, reports.get(0).stored());
        assertEquals(0, reports.get(0).newVersions());
        assertEquals(1, reports.get(1).unchanged(), "the same bytes again are reported unchanged");
        assertEquals(0, reports.get(1).triples());
        assertEquals(1, reports.get(2).newVersions(), "changed bytes are a new version");
        assertEquals(DOCUMENT, reports.get(2).outcomes().get(0).documentId(), "the identity did not change");
    }

    @Test
    void theDocumentListsBothVersionsTheNewOneCurrentAndARevisionOfTheOld() throws Exception {
        JsonNode body = json("/api/v1/documents/" + DOCUMENT);
        assertEquals(2, body.path("document").path("versionCount").asInt());
        JsonNode versions = body.path("versions");
        assertEquals(2, versions.size());
        JsonNode old = versions.get(0).path("current").asBoolean() ? versions.get(1) : versions.get(0);
        JsonNode current = versions.get(0).path("current").asBoolean() ? versions.get(0) : versions.get(1);
        assertTrue(current.path("current").asBoolean() && !old.path("current").asBoolean(), "exactly one is current");
        assertEquals(old.path("iri").asText(), current.path("revisionOf").asText());
        assertTrue(old.path("revisionOf").isNull() || old.path("revisionOf").isMissingNode());
        assertFalse(old.path("sha256").asText().equals(current.path("sha256").asText()));
        assertEquals(1, json("/api/v1/documents").path("documents").size(), "still one document");
    }

    @Test
    void theOldVersionKeepsItsProvisionsAndRulesInTheGraph() {
        List<String> versionsWithTheOldRule = store.regGraph().store().read(() -> Queries.select(
                store.regGraph().store().dataset(), """
                SELECT DISTINCT ?version WHERE {
                  ?rule a rg:Rule ; rg:text ?text ; prov:wasDerivedFrom ?version ; rg:inProvision ?provision .
                  ?version a rg:DocumentVersion ; dcterms:isVersionOf ?doc ; rg:provision ?provision .
                  ?doc rg:identifierKey "nist-ai-999-1" .
                  FILTER (CONTAINS(?text, "kestrelword"))
                  FILTER NOT EXISTS { ?doc rg:currentVersion ?version }
                }""", Map.of(), row -> Queries.string(row, "version")));
        assertEquals(1, versionsWithTheOldRule.size(), "the old, no longer current version keeps its rule in its provision");
    }

    @Test
    void searchTheTextAndTheRuleListShowOnlyTheCurrentVersion() throws Exception {
        assertEquals(0, store.regGraph().search().search(SearchRequest.of(OLD_WORD, 10)).total(),
                "old provisions are no longer found");
        assertEquals(1, store.regGraph().search().search(SearchRequest.of(NEW_WORD, 10)).total());
        String text = store.get("/api/v1/documents/" + DOCUMENT + "/text").body();
        assertTrue(text.contains(NEW_WORD) && !text.contains(OLD_WORD));
        String rules = store.get("/api/v1/obligations?limit=500&document=" + DOCUMENT).body();
        assertTrue(rules.contains(NEW_WORD) && !rules.contains(OLD_WORD), "only the current version's rules");
    }

    private static JsonNode json(String path) throws Exception {
        return EditedSample.json(store, path);
    }
}
