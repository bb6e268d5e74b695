package org.reggraph.search.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.reggraph.index.analysis.LegalTextAnalyzer;
import org.reggraph.search.semantic.LazyEmbedder;
import org.reggraph.search.semantic.PassageEmbedder;
import org.reggraph.search.semantic.VectorFields;

/** Real Lucene in memory and the real embedding model. */
class HybridRetrieverTest {

  private static final List<String> PASSAGES = List.of(
      "A Relevant Person must file a suspicious activity report with the Financial Intelligence Unit.",
      "The annual fee for a Representative Office is payable on the first day of the financial year.",
      "Licences under 15 CFR 744.23 are reviewed case by case.",
      "Staff must be trained to recognise money laundering.");

  private final Analyzer analyzer = LegalTextAnalyzer.standard();
  private final PassageEmbedder embedder = new PassageEmbedder();

  @Test
  void lexicalOnlyWhenIndexHasNoVectors() throws IOException {
    try (Directory dir = index(false); DirectoryReader reader = DirectoryReader.open(dir)) {
      LazyEmbedder neverLoaded = new LazyEmbedder(() -> {
        throw new AssertionError("the model must not load for an index without vectors");
      });
      HybridRetriever retriever = new HybridRetriever(analyzer, Map.of("text", 1f), "vector", neverLoaded,
          HybridRetriever.Settings.tuned());
      List<RankedHit> hits = retriever.search(new IndexSearcher(reader), "What does 15 CFR 744.23 say?", null, 10);
      assertEquals(2, hits.get(0).luceneDocId());
    }
  }

  @Test
  void denseSideFindsAPassageThatSharesNoWordWithTheQuestion() throws IOException {
    try (Directory dir = index(true); DirectoryReader reader = DirectoryReader.open(dir)) {
      HybridRetriever retriever = new HybridRetriever(analyzer, Map.of("text", 1f), "vector",
          new LazyEmbedder(() -> embedder), HybridRetriever.Settings.tuned());
      String question = "Whom do firms tell about laundering suspicions?";
      IndexSearcher searcher = new IndexSearcher(reader);
      List<RankedHit> lexical = retriever.lexical(searcher, question, null, 10);
      List<RankedHit> hybrid = retriever.search(searcher, question, null, 10);
      assertTrue(lexical.stream().noneMatch(hit -> hit.luceneDocId() == 0), "no shared word with passage 0");
      assertTrue(hybrid.stream().anyMatch(hit -> hit.luceneDocId() == 0), "the dense side brings passage 0 in");
    }
  }

  @Test
  void filterRestrictsBothSides() throws IOException {
    try (Directory dir = index(true); DirectoryReader reader = DirectoryReader.open(dir)) {
      HybridRetriever retriever = new HybridRetriever(analyzer, Map.of("text", 1f), "vector",
          new LazyEmbedder(() -> embedder), HybridRetriever.Settings.tuned());
      List<RankedHit> hits = retriever.search(new IndexSearcher(reader), "suspicious activity report", 
          new TermQuery(new Term("group", "odd")), 10);
      assertTrue(hits.stream().allMatch(hit -> hit.luceneDocId() % 2 == 1), hits.toString());
    }
  }

  private Directory index(boolean withVectors) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    List<float[]> vectors = withVectors ? embedder.embedPassages(PASSAGES) : null;
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < PASSAGES.size(); i++) {
        Document doc = new Document();
        doc.add(new TextField("text", PASSAGES.get(i), Field.Store.NO));
        doc.add(new StringField("group", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
        if (withVectors) {
          doc.add(VectorFields.vector("vector", vectors.get(i)));
        }
        writer.addDocument(doc);
      }
    }
    return dir;
  }
}
