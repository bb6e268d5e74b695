package org.reggraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.index.IndexFields;
import org.reggraph.index.ProvisionIndex;
import org.reggraph.search.SearchRequest;
import org.reggraph.search.semantic.SemanticMode;
import org.reggraph.testing.TestStore;

/**
 * The index is a view of the graph: whatever state a crash leaves it in, opening the store makes it match
 * the graph again. Each test leaves the index behind the graph on purpose and reopens.
 */
class ReconcileIndexTest {
    @TempDir
    Path workDir;

    @Test
    void aDocumentMissingFromTheIndexIsIndexedOnOpen() throws Exception {
        Path data = workDir.resolve("data");
        Path notice = write("notice.txt", "Section 1. The exporter shall report every platypus transfer.\n");
        try (TestStore store = TestStore.open(data)) {
            String key = store.ingest(notice).outcomes().get(0).documentId();
            store.regGraph().index().replaceDocument(store.regGraph().iris().document(key), List.of());
            store.regGraph().index().commit(); // as if the process died after the graph commit
            assertEquals(0, hits(store, "platypus"));
            assertFalse(store.regGraph().index().indexedVersions().containsKey(store.regGraph().iris().document(key)),
                    "deleted index entries do not count as indexed");
        }
        try (TestStore reopened = TestStore.open(data)) {
            assertEquals(1, hits(reopened, "platypus"));
        }
    }

    @Test
    void anIndexLeftAtAnOlderVersionIsBroughtToTheCurrentOne() throws Exception {
        Path data = workDir.resolve("data");
        Path notice = write("notice.txt", "Section 1. The exporter shall report every platypus transfer.\n");
        try (TestStore store = TestStore.open(data)) {
            store.ingest(notice);
        }
        Path olderIndex = workDir.resolve("index-v1");
        copy(data.resolve("index"), olderIndex);
        Files.writeString(notice, "Section 1. The exporter shall report every echidna transfer.\n", StandardCharsets.UTF_8);
        try (TestStore store = TestStore.open(data)) {
            assertEquals("NEW_VERSION", store.ingest(notice).outcomes().get(0).status().name());
        }
        delete(data.resolve("index"));
        copy(olderIndex, data.resolve("index")); // the graph committed version 2, the index never heard of it
        try (TestStore reopened = TestStore.open(data)) {
            assertEquals(1, hits(reopened, "echidna"));
            assertEquals(0, hits(reopened, "platypus"));
        }
    }

    @Test
    void anIndexedDocumentTheGraphDoesNotHoldIsRemoved() throws Exception {
        Path data = workDir.resolve("data");
        try (TestStore store = TestStore.open(data)) {
            store.ingest(write("a.txt", "Section 1. The holder shall notify the wallaby registry.\n"));
        }
        Path fullIndex = workDir.resolve("index-full");
        copy(data.resolve("index"), fullIndex);
        delete(data);
        try (TestStore empty = TestStore.open(data)) {
            assertTrue(empty.regGraph().graph().documentKeys().isEmpty());
        }
        delete(data.resolve("index"));
        copy(fullIndex, data.resolve("index"));
        try (TestStore reopened = TestStore.open(data)) {
            assertEquals(0, hits(reopened, "wallaby"));
            assertTrue(reopened.regGraph().index().indexedVersions().isEmpty());
        }
    }

    @Test
    void anIndexWrittenWithAnEarlierAnalysisIsRebuiltFromTheGraphOnOpen() throws Exception {
        Path data = workDir.resolve("data");
        Path notice = write("notice.txt",
                "Section 1. The exporter shall report every transfer at https://example.gov/wombat-forms.\n");
        try (TestStore store = TestStore.open(data)) {
            store.ingest(notice);
            assertEquals(0, textMatches(store, "wombat"), "the address is one term, its words none");
        }
        // What an index analysed before addresses were one term held: the address's words as terms.
        plantWordsOfTheAddress(data.resolve("index"), Map.of("reggraph.layout", ProvisionIndex.LAYOUT));
        try (TestStore reopened = TestStore.open(data)) {
            assertEquals(1, textMatches(reopened, "wombat"), "an index of this code's layout is trusted as it is");
        }
        plantWordsOfTheAddress(data.resolve("index"), Map.of());
        try (TestStore reopened = TestStore.open(data)) {
            assertEquals(0, textMatches(reopened, "wombat"), "an index without a layout is rebuilt");
            assertEquals(1, textMatches(reopened, "https://example.gov/wombat-forms"));
            assertEquals(1, hits(reopened, "exporter"));
            assertFalse(reopened.regGraph().index().isOutdated());
        }
        try (TestStore reopened = TestStore.open(data)) {
            assertFalse(reopened.regGraph().index().isOutdated(), "the rebuilt index recorded its layout");
        }
    }

    @Test
    void theSemanticModeChosenForAStoreIsKeptWhenItIsOpenedAgain() throws Exception {
        Path data = workDir.resolve("data");
        try (TestStore store = TestStore.open(data)) {
            assertEquals(SemanticMode.PASSAGES, store.regGraph().index().semanticMode());
            store.regGraph().index().setSemanticMode(SemanticMode.OFF);
            store.ingest(write("a.txt", "Section 1. The holder shall notify the wallaby registry.\n"));
        }
        try (TestStore reopened = TestStore.open(data)) {
            assertEquals(SemanticMode.OFF, reopened.regGraph().index().semanticMode());
        }
    }

    /** Adds, beside the ingested provision, a Lucene document of the same version whose text is "wombat". */
    private static void plantWordsOfTheAddress(Path index, Map<String, String> commitData) throws Exception {
        try (FSDirectory directory = FSDirectory.open(index);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            String documentIri;
            String versionIri;
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                Document ingested = reader.storedFields().document(0);
                documentIri = ingested.get(IndexFields.DOCUMENT_IRI);
                versionIri = ingested.get(IndexFields.VERSION_IRI);
            }
            writer.deleteDocuments(new Term(IndexFields.TEXT, "wombat"));
            Document planted = new Document();
            planted.add(new KeywordField(IndexFields.DOCUMENT_IRI, documentIri, Field.Store.YES));
            planted.add(new KeywordField(IndexFields.VERSION_IRI, versionIri, Field.Store.YES));
            FieldType text = new FieldType(TextField.TYPE_STORED);
            text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS); // as the index has it
            planted.add(new Field(IndexFields.TEXT, "wombat forms", text));
            writer.addDocument(planted);
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
        }
    }

    private static int textMatches(TestStore store, String term) throws Exception {
        IndexSearcher searcher = store.regGraph().index().acquire();
        try {
            return searcher.count(new TermQuery(new Term(IndexFields.TEXT, term)));
        } finally {
            store.regGraph().index().release(searcher);
        }
    }

    private static long hits(TestStore store, String word) {
        return store.regGraph().search().search(new SearchRequest(word, 10, 0, java.util.Map.of(),
                SearchRequest.Sort.RELEVANCE)).total();
    }

    private Path write(String name, String text) throws Exception {
        Path file = workDir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().equals("write.lock")) {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void delete(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
