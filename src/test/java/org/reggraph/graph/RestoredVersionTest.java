package org.reggraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A file edited and then put back as it was: its first version is current again, for search, the API and
 * what the document cites and mentions, and no third version is made.
 */
class RestoredVersionTest {
    private static final String DOCUMENT = EditedSample.DOCUMENT;
    private static final String FIRST_WORD = "kestrelword";
    private static final String EDITED_WORD = "ospreyword";
    /** Cited and named only by the edit, so it must go when the edit is undone. */
    private static final String EDIT_ONLY = "\n\n## 10. Transfers\n\nTransfers are governed by 15 CFR 744.99 and "
            + "the Office of Example Affairs.\n";

    @TempDir
    static Path workDir;
    private static TestStore store;
    private static final List<IngestReport> reports = new ArrayList<>();
    private static List<String> firstLinks;
    private static List<String> editedLinks;

    @BeforeAll
    static void ingestEditAndUndo() throws Exception {
        EditedSample sample = new EditedSample(workDir.resolve("source"));
        store = TestStore.open(workDir.resolve("data"), config -> config, new ShallSentences());
        reports.add(store.ingest(sample.write(FIRST_WORD, "")));
        firstLinks = documentLinks();
        reports.add(store.ingest(sample.write(EDITED_WORD, EDIT_ONLY)));
        editedLinks = documentLinks();
        reports.add(store.ingest(sample.write(FIRST_WORD, "")));
        reports.add(store.ingest(sample.write(FIRST_WORD, "")));
        store.serve();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theRestoredBytesAreReportedAsAChangeOnceThenUnchanged() {
        assertEquals(1, reports.get(1).newVersions());
        assertEquals(1, reports.get(2).newVersions(), "putting the file back changes the current version");
        assertEquals(1, reports.get(3).unchanged(), "and then it is unchanged");
    }

    @Test
    void theFirstVersionIsCurrentAgainAndNoThirdIsMade() throws Exception {
        JsonNode body = json("/api/v1/documents/" + DOCUMENT);
        assertEquals(2, body.path("document").path("versionCount").asInt());
        String firstSha = store.regGraph().store().read(() -> Queries.select(store.regGraph().store().dataset(), """
                SELECT ?sha WHERE { ?doc rg:identifierKey "nist-ai-999-1" ; rg:currentVersion ?v . ?v rg:sha256 ?sha }""",
                Map.of(), row -> Queries.string(row, "sha"))).get(0);
        assertEquals(DOCUMENT, reports.get(0).outcomes().get(0).documentId());
        assertEquals(DOCUMENT, reports.get(2).outcomes().get(0).documentId());
        for (JsonNode version : body.path("versions")) {
            assertEquals(version.path("sha256").asText().equals(firstSha), version.path("current").asBoolean(),
                    "current is the version with the first bytes: " + version);
        }
    }

    @Test
    void searchAndTheTextFollowTheRestoredVersion() throws Exception {
        assertEquals(1, store.regGraph().search().search(SearchRequest.of(FIRST_WORD, 10)).total());
        assertEquals(0, store.regGraph().search().search(SearchRequest.of(EDITED_WORD, 10)).total(),
                "the edit's provisions are no longer found");
        String text = store.get("/api/v1/documents/" + DOCUMENT + "/text").body();
        assertTrue(text.contains(FIRST_WORD) && !text.contains(EDITED_WORD), "the text is the restored version's");
    }

    @Test
    void whatTheDocumentCitesAndMentionsIsTheRestoredVersions() {
        assertTrue(!firstLinks.isEmpty(), "the sample cites and mentions something");
        assertTrue(!editedLinks.equals(firstLinks), "the edit cites more: " + editedLinks);
        assertEquals(firstLinks, documentLinks());
    }

    /** What the document resource says it cites, amends, mentions ..., other than its versions. */
    private static List<String> documentLinks() {
        return store.regGraph().store().read(() -> Queries.select(store.regGraph().store().dataset(), """
                SELECT ?p ?o WHERE {
                  GRAPH ?g { ?doc rg:identifierKey "nist-ai-999-1" ; ?p ?o }
                  FILTER (isIRI(?o) && ?p NOT IN (rg:currentVersion, dcterms:hasVersion, rdf:type))
                } ORDER BY ?p ?o""", Map.of(), row -> Queries.string(row, "p") + " " + Queries.string(row, "o")));
    }

    private static JsonNode json(String path) throws Exception {
        return EditedSample.json(store, path);
    }
}
