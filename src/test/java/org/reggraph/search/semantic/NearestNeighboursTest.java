package org.reggraph.search.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real Lucene in memory, several segments, deleted documents; the expected neighbours computed by hand. */
class NearestNeighboursTest {

  private static final int DIMENSIONS = 16;
  private static final int DOCUMENTS = 600;
  private static final int K = 25;

  private final Random random = new Random(7);
  private final float[][] vectors = new float[DOCUMENTS][];
  private final float[] target = unit(DIMENSIONS);

  @BeforeEach
  void drawVectors() {
    for (int i = 0; i < DOCUMENTS; i++) {
      vectors[i] = unit(DIMENSIONS);
    }
  }

  @Test
  void findsTheTrueNeighboursAcrossSegmentsSkippingDeletedDocuments() throws IOException {
    try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(3, reader.leaves().size(), "one segment per third of the documents");
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs found = NearestNeighbours.search(searcher, "vector", target, K, null);
      assertArrayEquals(expected(id -> id % 10 != 0), ids(searcher, found));
      assertTrue(Arrays.stream(found.scoreDocs).allMatch(hit -> idOf(searcher, hit) % 10 != 0), "deleted stay out");
    }
  }

  @Test
  void keepsToTheFilter() throws IOException {
    try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs found = NearestNeighbours.search(searcher, "vector", target, K, new TermQuery(new Term("group", "odd")));
      assertArrayEquals(expected(id -> id % 10 != 0 && id % 2 == 1), ids(searcher, found));
      TopDocs none = NearestNeighbours.search(searcher, "vector", target, K, new TermQuery(new Term("group", "none")));
      assertEquals(0, none.scoreDocs.length);
    }
  }

  @Test
  void scoresAsLuceneKnnQueryDoes() throws IOException {
    try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs exact = NearestNeighbours.search(searcher, "vector", target, K, null);
      TopDocs graph = NearestNeighbours.search(searcher, "vector", target, K, null, 0);
      Map<Integer, Float> exactScores = new HashMap<>();
      for (ScoreDoc hit : exact.scoreDocs) {
        exactScores.put(hit.doc, hit.score);
        float dot = dot(vectors[idOf(searcher, hit)], target);
        assertEquals((1 + dot) / 2, hit.score, 1e-5, "Lucene's dot-product score");
      }
      long shared = Arrays.stream(graph.scoreDocs).filter(hit -> exactScores.containsKey(hit.doc))
          .peek(hit -> assertEquals(exactScores.get(hit.doc), hit.score, 1e-6))
          .count();
      assertTrue(shared > K / 2, "HNSW over the limit finds most of the same neighbours: " + shared);
    }
  }

  @Test
  void sameNeighboursHoweverTheIndexIsSegmented() throws IOException {
    try (Directory three = index(); DirectoryReader threeReader = DirectoryReader.open(three);
        Directory one = index(); IndexWriter merger = new IndexWriter(one, new IndexWriterConfig())) {
      merger.forceMerge(1);
      merger.commit();
      try (DirectoryReader oneReader = DirectoryReader.open(one)) {
        assertEquals(1, oneReader.leaves().size());
        IndexSearcher bySegments = new IndexSearcher(threeReader);
        IndexSearcher merged = new IndexSearcher(oneReader);
        assertArrayEquals(ids(bySegments, NearestNeighbours.search(bySegments, "vector", target, K, null)),
            ids(merged, NearestNeighbours.search(merged, "vector", target, K, null)));
      }
    }
  }

  /** Three segments of 200; every tenth document deleted; even and odd documents in two groups. */
  private Directory index() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int id = 0; id < DOCUMENTS; id++) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(id), Field.Store.NO));
        doc.add(new StoredField("id", id));
        doc.add(new StringField("group", id % 2 == 0 ? "even" : "odd", Field.Store.NO));
        doc.add(VectorFields.vector("vector", vectors[id]));
        writer.addDocument(doc);
        if ((id + 1) % (DOCUMENTS / 3) == 0) {
          writer.commit();
        }
      }
      for (int id = 0; id < DOCUMENTS; id += 10) {
        writer.deleteDocuments(new Term("id", Integer.toString(id)));
      }
    }
    return dir;
  }

  private int[] expected(IntPredicate kept) {
    return IntStream.range(0, DOCUMENTS).filter(kept).boxed()
        .sorted(Comparator.comparingDouble((Integer id) -> -dot(vectors[id], target)))
        .limit(K).mapToInt(Integer::intValue).toArray();
  }

  private static int[] ids(IndexSearcher searcher, TopDocs found) {
    return Arrays.stream(found.scoreDocs).mapToInt(hit -> idOf(searcher, hit)).toArray();
  }

  private static int idOf(IndexSearcher searcher, ScoreDoc hit) {
    try {
      return searcher.storedFields().document(hit.doc).getField("id").numericValue().intValue();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private float[] unit(int dimensions) {
    float[] vector = new float[dimensions];
    for (int i = 0; i < dimensions; i++) {
      vector[i] = (float) random.nextGaussian();
    }
    float norm = (float) Math.sqrt(dot(vector, vector));
    for (int i = 0; i < dimensions; i++) {
      vector[i] /= norm;
    }
    return vector;
  }

  private static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
