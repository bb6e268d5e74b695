package org.reggraph.search.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.reggraph.index.Analyzers;
import org.reggraph.search.semantic.VectorFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.index.IndexFields;
import org.reggraph.index.ProvisionIndex;
import org.reggraph.ingest.JsonlPassageReader.Passage;
import org.reggraph.model.SourceDocument;
import org.reggraph.testing.TestStore;

/**
 * The reranker's features and reordering over a passage collection in real TDB2 and Lucene, embedded by the
 * real model: each feature is checked against what it claims to read, so training and serving cannot drift
 * apart unnoticed.
 */
class LearntRerankerTest {
  @TempDir
  Path dataDir;

  private static final String QUESTION = "What must a developer do before exporting model weights abroad?";

  private TestStore store;
  private ProvisionIndex index;
  private IndexSearcher searcher;

  @BeforeEach
  void storeCollection() {
    store = TestStore.open(dataDir);
    List<SourceDocument> passages = new ArrayList<>();
    String[][] lines = {
        {"A", "1", "Exports of advanced AI models."},
        {"A", "1.1", "A developer must obtain a licence before exporting model weights to a foreign person."},
        {"A", "1.2", "The licence application must name every end user of the model weights."},
        {"A", "1.3", "A developer that exports model weights without a licence is liable to a civil penalty."},
        {"B", "2", "Record keeping."},
        {"B", "2.1", "Firms must keep records of every transfer of controlled technology for five years."},
        {"B", "2.2", "Records must be produced to the regulator on request."},
        {"C", "3", "Fees for licence applications are payable on filing."}};
    for (int i = 0; i < lines.length; i++) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("document", lines[i][0]);
      fields.put("passage", lines[i][1]);
      passages.add(new Passage("p" + i, lines[i][2], fields, i + 1).toSourceDocument("c.jsonl"));
    }
    store.regGraph().pipeline().storeBatch(passages);
    index = store.regGraph().index();
    searcher = index.acquire();
  }

  @AfterEach
  void close() {
    index.release(searcher);
    store.close();
  }

  @Test
  void eachFeatureReadsWhatItsNameSays() throws IOException {
    float[] vector = index.embedder().get().embedQuery(QUESTION);
    HybridRetriever fusedOnly = new HybridRetriever(index.questionAnalyzer(), HybridRetriever.provisionFields(),
        IndexFields.VECTOR, index.embedder(), HybridRetriever.Settings.tuned());
    HybridRetriever.Candidates lists = fusedOnly.candidates(searcher,
        fusedOnly.lexical(searcher, QUESTION, null, 200), vector, null, 200);
    CollectionStructure structure = CollectionStructure.of(searcher.getIndexReader());
    float[][] x = LearntReranker.forProvisions(index.questionAnalyzer(), index.analyzer()).of(searcher, structure, lists, QUESTION, vector, 50);

    List<RankedHit> fused = lists.fused();
    assertEquals(8, fused.size(), "every passage is a dense candidate");
    assertEquals(fused.size(), x.length);
    Map<Integer, Float> fusedScore = new HashMap<>();
    fused.forEach(hit -> fusedScore.put(hit.luceneDocId(), hit.score()));
    Set<Integer> lexical = new HashSet<>();
    lists.lexical().forEach(hit -> lexical.add(hit.luceneDocId()));
    List<String> texts = new CandidateReader(IndexFields.TEXT, IndexFields.VECTOR).texts(searcher,
        fused.stream().mapToInt(RankedHit::luceneDocId).toArray());
    List<float[]> passageVectors = index.embedder().get().embedPassages(texts);
    float top = fused.get(0).score();
    for (int i = 0; i < x.length; i++) {
      int doc = fused.get(i).luceneDocId();
      assertEquals(fused.get(i).score(), x[i][feature("fused")]);
      assertEquals(fused.get(i).score() - top, x[i][feature("fused minus top")]);
      assertEquals(dot(vector, passageVectors.get(i)), x[i][feature("e5 cosine")], 1e-4);
      assertEquals(lexical.contains(doc) ? 1f : 0f, x[i][feature("in bm25 list")]);
      assertEquals(1f, x[i][feature("in e5 list")]);
      assertEquals(scoreOf(structure.previous(doc), fusedScore), x[i][feature("previous fused")]);
      assertEquals(scoreOf(structure.next(doc), fusedScore), x[i][feature("next fused")]);
      assertEquals(scoreOf(structure.parent(doc), fusedScore), x[i][feature("parent fused")]);
      float containerBest = Float.NEGATIVE_INFINITY;
      for (RankedHit hit : fused) {
        if (structure.container(hit.luceneDocId()) == structure.container(doc)) {
          containerBest = Math.max(containerBest, hit.score());
        }
      }
      assertEquals(containerBest - top, x[i][feature("container best minus top")]);
      float bm25 = x[i][feature("bm25 text")];
      assertEquals(lexical.contains(doc), bm25 > 0, "a lexical candidate has a BM25 text score, no other does");
    }
  }

  @Test
  void rerankingKeepsEveryFusedHitWithScoresInOrder() throws IOException {
    float[] vector = index.embedder().get().embedQuery(QUESTION);
    List<RankedHit> fused = new HybridRetriever(index.questionAnalyzer(), HybridRetriever.provisionFields(),
        IndexFields.VECTOR, index.embedder(), HybridRetriever.Settings.tuned()).search(searcher, QUESTION, vector, null, 5);
    List<RankedHit> reranked = HybridRetriever.forProvisions(index).search(searcher, QUESTION, vector, null, 5);
    List<RankedHit> all = HybridRetriever.forProvisions(index).search(searcher, QUESTION, vector, null, 100);
    assertEquals(5, reranked.size());
    assertEquals(reranked, all.subList(0, 5), "a shorter page is the head of the longer one");
    assertEquals(8, all.size(), "the reranker drops no candidate");
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).score() >= all.get(i).score(), "scores descend: " + all);
    }
    assertNotEquals(fused.stream().map(RankedHit::score).toList(), reranked.stream().map(RankedHit::score).toList(),
        "reranked hits carry the model's scores, not the fused ones");
  }

  @Test
  void anIndexWithoutStructureFieldsKeepsTheFusedOrder() throws IOException {
    Analyzer analyzer = Analyzers.provisionAnalyzer();
    List<String> texts = List.of("A developer must obtain a licence before exporting model weights.",
        "Records must be kept for five years.", "Fees are payable on filing.");
    List<float[]> vectors = index.embedder().get().embedPassages(texts);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (int i = 0; i < texts.size(); i++) {
          Document doc = new Document();
          doc.add(new TextField(IndexFields.TEXT, texts.get(i), Field.Store.YES));
          doc.add(VectorFields.vector(IndexFields.VECTOR, vectors.get(i)));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher old = new IndexSearcher(reader);
        LearntReranker reranker = LearntReranker.shipped(Analyzers.questionAnalyzer(), analyzer);
        assertFalse(reranker.structure(reader).known());
        float[] vector = index.embedder().get().embedQuery(QUESTION);
        Analyzer questions = Analyzers.questionAnalyzer();
        HybridRetriever fusedOnly = new HybridRetriever(questions, HybridRetriever.provisionFields(), IndexFields.VECTOR,
            index.embedder(), HybridRetriever.Settings.tuned());
        HybridRetriever withReranker = new HybridRetriever(questions, HybridRetriever.provisionFields(),
            IndexFields.VECTOR, index.embedder(), HybridRetriever.Settings.tuned(), reranker);
        assertEquals(fusedOnly.search(old, QUESTION, vector, null, 10),
            withReranker.search(old, QUESTION, vector, null, 10));
      }
    }
  }

  @Test
  void switchedOffTheIndexHasNoReranker() {
    assertNotNull(index.reranker(), "on by default");
    try (ProvisionIndex off = ProvisionIndex.open(dataDir.resolve("other-index"), new LearntRanking(true, false))) {
      assertNull(off.reranker());
    }
  }

  @Test
  void proximityIsMatchedTermsOverTheShortestWindowHoldingThemAll() {
    Map<String, int[]> positions = Map.of("a", new int[] {0, 10}, "b", new int[] {5}, "c", new int[] {12});
    assertEquals(3f / 8, RerankFeatures.proximity(Set.of("a", "b", "c", "d"), positions), 1e-6f);
    assertEquals(2f / 6, RerankFeatures.proximity(Set.of("a", "b"), positions), 1e-6f);
    assertEquals(0f, RerankFeatures.proximity(Set.of("c", "d"), positions), "one matched term has no window");
  }

  private static int feature(String name) {
    int index = RerankFeatures.NAMES.indexOf(name);
    assertTrue(index >= 0, name);
    return index;
  }

  private static float scoreOf(int doc, Map<Integer, Float> fusedScore) {
    return doc < 0 ? 0 : fusedScore.getOrDefault(doc, 0f);
  }

  private static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += a[j] * b[j];
    }
    return sum;
  }
}
