package org.reggraph.search.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.index.IndexFields;
import org.reggraph.ingest.JsonlPassageReader.Passage;
import org.reggraph.model.SourceDocument;
import org.reggraph.pipeline.FileOutcome;
import org.reggraph.testing.TestStore;

/**
 * The structure the reranker reads, from a passage collection stored in real TDB2 through the index view to
 * real Lucene: file order, containers named by the {@code document} key, parents by passage number.
 */
class CollectionStructureTest {
  @TempDir
  Path dataDir;

  /** Two source documents interleaved in one file, stored out of file order. */
  private static final List<SourceDocument> PASSAGES = List.of(
      passage("a-7-3-2", "A", "7.3.2", 5),
      passage("a-7", "A", "7.", 1),
      passage("a-7-1", "A", "7.1", 2),
      passage("b-7-1", "B", "7.1", 3),
      passage("a-7-2-1", "A", "7.2.1", 4),
      passage("a-8", "A", "8", 6),
      passage("a-7-4", "A", "7.4", 7));

  @Test
  void neighboursFollowTheFileWithinEachSourceDocumentAndParentsFollowTheNumbers() throws IOException {
    try (TestStore store = TestStore.open(dataDir)) {
      store.regGraph().pipeline().storeBatch(PASSAGES);
      Map<String, String> expected = expectedLinks();
      assertEquals(expected, links(store));

      store.regGraph().reindex();
      assertEquals(expected, links(store), "the index rebuilt from the graph has the same structure");
    }
  }

  @Test
  void passagesMovedInTheirFileKeepTheirVersionsAndTakeTheirNewPlaces() throws IOException {
    try (TestStore store = TestStore.open(dataDir)) {
      store.regGraph().pipeline().storeBatch(PASSAGES);
      // The file again with 7.1 and 7.2.1 swapped: the same passages, so no new version, but a new order.
      List<SourceDocument> swapped = PASSAGES.stream().map(passage -> switch (passage.key()) {
        case "a-7-1" -> passage("a-7-1", "A", "7.1", 4);
        case "a-7-2-1" -> passage("a-7-2-1", "A", "7.2.1", 2);
        default -> passage;
      }).toList();
      List<FileOutcome> outcomes = store.regGraph().pipeline().storeBatch(swapped);
      assertTrue(outcomes.stream().allMatch(outcome -> outcome.status() == FileOutcome.Status.UNCHANGED), outcomes::toString);
      assertEquals(1, store.regGraph().graph().versions("a-7-1").size());

      Map<String, String> expected = expectedLinks();
      expected.put("a-7", "- a-7-2-1 -");
      expected.put("a-7-2-1", "a-7 a-7-1 a-7");
      expected.put("a-7-1", "a-7-2-1 a-7-3-2 a-7");
      expected.put("a-7-3-2", "a-7-1 a-8 a-7");
      assertEquals(expected, links(store));
      store.regGraph().reindex();
      assertEquals(expected, links(store), "the graph holds the new lines");
    }
  }

  @Test
  void passagesStoredWithoutTheirLineAreEachTheirOwnContainerAndTheStructureIsNotKnown() throws IOException {
    try (TestStore store = TestStore.open(dataDir)) {
      List<SourceDocument> withoutLines = PASSAGES.stream().map(passage -> new SourceDocument(passage.key(),
          passage.identifier(), passage.alsoKnownAs(), passage.title(), passage.kind(), passage.issuer(),
          passage.date(), passage.jurisdiction(), passage.language(), passage.sourceUrl(), passage.fileName(),
          passage.mediaType(), passage.sha256(), passage.text(), passage.provisions(), passage.sample(),
          passage.sourceFields(), OptionalInt.empty(), passage.heldParts())).toList();
      store.regGraph().pipeline().storeBatch(withoutLines);
      IndexSearcher searcher = store.regGraph().index().acquire();
      try {
        assertFalse(CollectionStructure.of(searcher.getIndexReader()).known());
      } finally {
        store.regGraph().index().release(searcher);
      }
    }
  }

  /** passage -> "previous next parent", "-" for none. */
  private static Map<String, String> expectedLinks() {
    Map<String, String> links = new LinkedHashMap<>();
    links.put("a-7", "- a-7-1 -");
    links.put("a-7-1", "a-7 a-7-2-1 a-7");
    // 7.2 does not exist: 7 is the nearest earlier passage whose number is a dotted prefix.
    links.put("a-7-2-1", "a-7-1 a-7-3-2 a-7");
    links.put("a-7-3-2", "a-7-2-1 a-8 a-7");
    links.put("a-8", "a-7-3-2 a-7-4 -");
    links.put("a-7-4", "a-8 - a-7");
    // Alone in its source document: B's 7.1 is not A's, and A's 7 is not its parent.
    links.put("b-7-1", "- - -");
    return links;
  }

  private static Map<String, String> links(TestStore store) throws IOException {
    IndexSearcher searcher = store.regGraph().index().acquire();
    try {
      CollectionStructure structure = CollectionStructure.of(searcher.getIndexReader());
      assertTrue(structure.known());
      Map<Integer, String> ids = new HashMap<>();
      for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
        ids.put(doc, searcher.storedFields().document(doc, Set.of(IndexFields.DOCUMENT_ID)).get(IndexFields.DOCUMENT_ID));
      }
      ids.put(-1, "-");
      Map<String, String> links = new LinkedHashMap<>();
      for (String id : expectedLinks().keySet()) {
        int doc = docOf(ids, id);
        links.put(id, ids.get(structure.previous(doc)) + " " + ids.get(structure.next(doc)) + " "
            + ids.get(structure.parent(doc)));
      }
      int a = structure.container(docOf(ids, "a-7"));
      assertEquals(a, structure.container(docOf(ids, "a-8")));
      assertNotEquals(a, structure.container(docOf(ids, "b-7-1")));
      return links;
    } finally {
      store.regGraph().index().release(searcher);
    }
  }

  private static int docOf(Map<Integer, String> ids, String id) {
    return ids.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow().getKey();
  }

  private static SourceDocument passage(String id, String document, String number, int line) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("document", document);
    fields.put("passage", number);
    return new Passage(id, "Operators shall keep records of " + id + ".", fields, line).toSourceDocument("c.jsonl");
  }
}
