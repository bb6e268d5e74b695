package org.reggraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.ingest.JsonlPassageReader.Passage;
import org.reggraph.model.Findings;
import org.reggraph.model.Modality;
import org.reggraph.model.Rule;
import org.reggraph.model.SourceDocument;
import org.reggraph.model.Span;
import org.reggraph.search.SearchRequest;
import org.reggraph.testing.TestStore;

/** A passage that cannot be written fails alone: no half-written passage, the rest of its batch stored. */
class PassageBatchTest {
    @TempDir
    Path dataDir;

    @Test
    void aPassageThatBreaksTheBatchTransactionIsNamedAndTheOthersAreStoredWhole() {
        // A rule whose span runs past its text makes the graph writer throw in the middle of the batch.
        FindingsExtractor brokenOnBeta = (text, kind, headings) -> text.contains("beta")
                ? new Findings(List.of(new Rule(Modality.OBLIGATION, new Span(0, text.length() + 50), null, null,
                        null, null, null, null, null, false)), List.of(), List.of())
                : Findings.NONE;
        try (TestStore store = TestStore.open(dataDir, config -> config, brokenOnBeta)) {
            List<SourceDocument> passages = List.of(
                    passage("p-alpha", "Operators shall keep alpha records."),
                    passage("p-beta", "Operators shall keep beta records."),
                    passage("p-gamma", "Operators shall keep gamma records."));
            List<FileOutcome> outcomes = store.regGraph().pipeline().storeBatch(passages);
            assertEquals(List.of(FileOutcome.Status.STORED, FileOutcome.Status.FAILED, FileOutcome.Status.STORED),
                    outcomes.stream().map(FileOutcome::status).toList());
            assertEquals(List.of("p-alpha", "p-gamma"),
                    store.regGraph().graph().documents().stream().map(doc -> doc.id()).sorted().toList());
            assertTrue(store.regGraph().graph().versions("p-beta").isEmpty(), "nothing of the bad passage is stored");
            assertEquals(2, store.regGraph().search().search(SearchRequest.of("records", 10)).total());
        }
    }

    @Test
    void aPassagesOtherKeysAreKeptAsSourceFieldsOfItsVersionInTheirOrder() {
        try (TestStore store = TestStore.open(dataDir)) {
            var pipeline = store.regGraph().pipeline();
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            fields.put("passage", "1.1.1.(1)");
            fields.put("document", "12");
            fields.put("tags", "[\"aml\",\"kyc\"]");
            SourceDocument first = new Passage("p-fields", "Operators shall keep records.", fields, 1)
                    .toSourceDocument("passages.jsonl");
            assertEquals(FileOutcome.Status.STORED, pipeline.storeBatch(List.of(first)).get(0).status());
            assertEquals(List.of("passage", "document", "tags"),
                    List.copyOf(store.regGraph().graph().sourceFields("p-fields").keySet()));
            assertEquals(fields, store.regGraph().graph().sourceFields("p-fields"));

            assertEquals(FileOutcome.Status.UNCHANGED, pipeline.storeBatch(List.of(first)).get(0).status(),
                    "the same line again changes nothing");
            fields.put("document", "13");
            SourceDocument moved = new Passage("p-fields", "Operators shall keep records.", fields, 1)
                    .toSourceDocument("passages.jsonl");
            assertEquals(FileOutcome.Status.NEW_VERSION, pipeline.storeBatch(List.of(moved)).get(0).status(),
                    "a changed field is a new version, though the text is the same");
            assertEquals("13", store.regGraph().graph().sourceFields("p-fields").get("document"));
            assertEquals(Map.of(), store.regGraph().graph().sourceFields("no-such-passage"));
        }
    }

    private static SourceDocument passage(String id, String text) {
        return new Passage(id, text, Map.of(), 1).toSourceDocument("passages.jsonl");
    }
}
