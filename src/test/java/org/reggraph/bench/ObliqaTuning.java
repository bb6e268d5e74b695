package org.reggraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.reggraph.index.analysis.LegalTextAnalyzer;
import org.reggraph.index.analysis.LegalTextAnalyzer.Stemming;
import org.reggraph.search.ranking.HybridRetriever;
import org.reggraph.search.ranking.RankedHit;
import org.reggraph.search.ranking.ScoreFusion;
import org.reggraph.search.semantic.PassageEmbedder;

/**
 * Tuning sweep on ObliQA (dev by default), with vectors precomputed into a scratch directory so a
 * sweep costs seconds, not the minutes of embedding. Not the reproduce path: that is
 * {@code ObliqaBenchmark}, which goes through ingest and the search service.
 *
 * <p>Run: {@code java -cp TEST_CLASSPATH org.reggraph.bench.ObliqaTuning SHARED VECTOR_DIR SPLIT PHASE [ARGS]}
 * with PHASE one of: {@code embed} (writes the E5 vector files into VECTOR_DIR, a scratch folder outside
 * the repository; about 4 minutes on 2 idle cores), {@code lexical} (analyzers by k1 and b), {@code fields}
 * (word-pair and heading-context boosts), {@code fusion BIGRAM_BOOST} with {@code -Ddense=e5|bge}, and
 * {@code three} (BM25 + BGE + E5). The BGE rows of docs/retrieval.md read vector files written with the
 * BGE small en v1.5 jar, which the project used before switching to E5; they are not rebuilt by
 * {@code embed}.
 */
public final class ObliqaTuning {

  private static final String TEXT = "text";
  private static final String VECTOR = "vector";
  private static final String BIGRAMS = "bigrams";
  private static final String CONTEXT = "context";
  private static final int[] DEPTHS = Arrays.stream(System.getProperty("depths", "100").split(",")).mapToInt(Integer::parseInt).toArray();

  public static void main(String[] args) throws Exception {
    System.setProperty("reggraph.shared", args[0]);
    ObliqaData data = ObliqaData.locate();
    Path vectors = Path.of(args[1]);
    String split = args[2];
    String phase = args[3];
    Map<String, String> queries = ObliqaData.readQueries(data.queries(split));
    TrecScorer scorer = TrecScorer.fromQrels(data.qrels(split));
    List<String[]> passages = readCollection(data.collection());

    if (phase.equals("embed")) {
      embed(passages, data, vectors);
      return;
    }
    if (phase.equals("lexical")) {
      for (Stemming stemming : Stemming.values()) {
        for (boolean stop : new boolean[] {false, true}) {
          Analyzer analyzer = new LegalTextAnalyzer(stemming, stop ? EnglishAnalyzer.ENGLISH_STOP_WORDS_SET : CharArraySet.EMPTY_SET);
          try (Directory dir = build(passages, analyzer, null); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (float k1 : new float[] {0.6f, 0.9f, 1.2f}) {
              for (float b : new float[] {0.3f, 0.5f, 0.75f}) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new BM25Similarity(k1, b));
                HybridRetriever retriever = new HybridRetriever(analyzer, Map.of(TEXT, 1f), VECTOR, null, new HybridRetriever.Settings(100, null));
                report(String.format(Locale.ROOT, "bm25 %s stop=%s k1=%.1f b=%.2f", stemming, stop, k1, b),
                    run(retriever, searcher, reader, queries, null), scorer);
              }
            }
          }
        }
      }
      return;
    }
    if (phase.equals("fields")) {
      Analyzer analyzer = fieldAnalyzer();
      try (Directory dir = build(passages, analyzer, null); DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity(0.9f, 0.75f));
        for (float bigram : new float[] {0f, 0.3f, 0.6f, 1f}) {
          for (float context : new float[] {0f, 0.2f, 0.5f}) {
            Map<String, Float> fields = new LinkedHashMap<>();
            fields.put(TEXT, 1f);
            fields.put(BIGRAMS, bigram);
            fields.put(CONTEXT, context);
            HybridRetriever retriever = new HybridRetriever(analyzer, fields, VECTOR, null, new HybridRetriever.Settings(100, null));
            report(String.format(Locale.ROOT, "bm25 bigram=%.1f context=%.1f", bigram, context),
                run(retriever, searcher, reader, queries, null), scorer);
          }
        }
      }
      return;
    }
    if (phase.equals("questionwords")) {
      questionWords(passages, queries, scorer);
      return;
    }
    if (phase.equals("three")) {
      threeWay(passages, queries, scorer, vectors, split);
      return;
    }
    // Phase "fusion": args[4] = bigram boost; dense models from -Ddense=bge|e5|both
    float bigram = Float.parseFloat(args[4]);
    Analyzer analyzer = fieldAnalyzer();
    Map<String, Float> fields = new LinkedHashMap<>();
    fields.put(TEXT, 1f);
    fields.put(BIGRAMS, bigram);
    String dense = System.getProperty("dense", "bge");
    Map<String, float[]> passageVectors = readVectors(vectors.resolve(dense.equals("e5") ? "e5-passages.bin" : "passages.bin"));
    long start = System.nanoTime();
    try (Directory dir = build(passages, analyzer, passageVectors); DirectoryReader reader = DirectoryReader.open(dir)) {
      System.out.printf(Locale.ROOT, "index with vectors built in %.1f s%n", (System.nanoTime() - start) / 1e9);
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(new BM25Similarity(0.9f, 0.75f));
      for (String prefix : System.getProperty("prefixes", "plain").split(",")) {
        Map<String, float[]> queryVectors = readVectors(vectors.resolve(
            dense.equals("e5") ? "e5-q-" + split + ".bin" : "q-" + split + "-" + prefix + ".bin"));
        List<ScoreFusion> fusions = new ArrayList<>();
        fusions.add(new ScoreFusion.Linear(1f));
        fusions.add(new ScoreFusion.ReciprocalRank(10));
        for (String w : System.getProperty("weights", "0.2,0.3,0.35,0.4,0.5").split(",")) {
          fusions.add(new ScoreFusion.Linear(Float.parseFloat(w)));
        }
        for (int depth : DEPTHS) {
          for (ScoreFusion fusion : fusions) {
            HybridRetriever retriever = new HybridRetriever(analyzer, fields, VECTOR, null, new HybridRetriever.Settings(depth, fusion));
            report(String.format(Locale.ROOT, "%s bigram=%.1f query=%s depth=%d %s", dense, bigram, prefix, depth, fusion),
                run(retriever, searcher, reader, queries, queryVectors), scorer);
          }
        }
      }
    }
  }

  /**
   * BM25 (text + word pairs 0.3) with the question's own words (what, how, could you ...) dropped from the
   * question only, in growing sets given as {@code -Dwords=a,b,c;d,e} (each set adds to the one before).
   */
  private static void questionWords(List<String[]> passages, Map<String, String> queries, TrecScorer scorer)
      throws IOException {
    Analyzer index = fieldAnalyzer();
    Map<String, Float> fields = new LinkedHashMap<>();
    fields.put(TEXT, 1f);
    fields.put(BIGRAMS, 0.3f);
    try (Directory dir = build(passages, index, null); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(new BM25Similarity(0.9f, 0.75f));
      report("bm25 pairs 0.3, question as written",
          run(new HybridRetriever(index, fields, VECTOR, null, new HybridRetriever.Settings(100, null)), searcher, reader, queries, null), scorer);
      CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
      for (String set : System.getProperty("words", "what,which,who,whom,whose,when,where,why,how").split(";")) {
        stop.addAll(List.of(set.split(",")));
        Analyzer prose = new LegalTextAnalyzer(Stemming.PORTER, stop);
        Analyzer question = new PerFieldAnalyzerWrapper(prose, Map.of(BIGRAMS, new ShingleAnalyzerWrapper(prose, 2, 2, " ", false, true, "_")));
        report("bm25 pairs 0.3, without " + set,
            run(new HybridRetriever(question, fields, VECTOR, null, new HybridRetriever.Settings(100, null)), searcher, reader, queries, null), scorer);
      }
    }
  }

  /** BM25 (text + bigrams 0.3) fused with exact kNN of two models; every list cut at 100, min-max normalised. */
  private static void threeWay(List<String[]> passages, Map<String, String> queries, TrecScorer scorer, Path vectors,
      String split) throws IOException {
    Analyzer analyzer = fieldAnalyzer();
    Map<String, Float> fields = new LinkedHashMap<>();
    fields.put(TEXT, 1f);
    fields.put(BIGRAMS, 0.3f);
    List<String> ids = passages.stream().map(p -> p[0]).toList();
    Map<String, List<RankedHit>> lexical = new HashMap<>();
    try (Directory dir = build(passages, analyzer, null); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(new BM25Similarity(0.9f, 0.75f));
      HybridRetriever retriever = new HybridRetriever(analyzer, fields, VECTOR, null, new HybridRetriever.Settings(100, null));
      for (Map.Entry<String, String> q : queries.entrySet()) {
        lexical.put(q.getKey(), retriever.lexical(searcher, q.getValue(), null, 100));
      }
    }
    Map<String, List<RankedHit>> bge = exact(ids, readVectors(vectors.resolve("passages.bin")),
        readVectors(vectors.resolve("q-" + split + "-plain.bin")));
    Map<String, List<RankedHit>> e5 = exact(ids, readVectors(vectors.resolve("e5-passages.bin")),
        readVectors(vectors.resolve("e5-q-" + split + ".bin")));
    for (float wb : new float[] {0f, 0.1f, 0.15f, 0.2f, 0.25f}) {
      for (float we : new float[] {0f, 0.15f, 0.2f, 0.25f, 0.3f}) {
        Map<String, List<String>> rankings = new HashMap<>();
        for (String qid : queries.keySet()) {
          Map<Integer, Float> scores = new HashMap<>();
          addNormalised(lexical.get(qid), 1 - wb - we, scores);
          addNormalised(bge.get(qid), wb, scores);
          addNormalised(e5.get(qid), we, scores);
          List<Map.Entry<Integer, Float>> sorted = new ArrayList<>(scores.entrySet());
          sorted.sort(Map.Entry.<Integer, Float>comparingByValue().reversed());
          rankings.put(qid, sorted.stream().limit(10).map(e -> ids.get(e.getKey())).toList());
        }
        report(String.format(Locale.ROOT, "three bm25=%.2f bge=%.2f e5=%.2f", 1 - wb - we, wb, we), rankings, scorer);
      }
    }
  }

  /** Writes the E5 vector files the fusion phases read ({@code e5-passages.bin}, {@code e5-q-SPLIT.bin}). */
  private static void embed(List<String[]> passages, ObliqaData data, Path vectors) throws IOException {
    Files.createDirectories(vectors);
    PassageEmbedder embedder = new PassageEmbedder();
    for (String split : new String[] {"dev", "test"}) {
      Map<String, String> queries = ObliqaData.readQueries(data.queries(split));
      List<float[]> embedded = new ArrayList<>();
      for (String question : queries.values()) {
        embedded.add(embedder.embedQuery(question));
      }
      writeVectors(vectors.resolve("e5-q-" + split + ".bin"), new ArrayList<>(queries.keySet()), embedded);
    }
    writeVectors(vectors.resolve("e5-passages.bin"), passages.stream().map(p -> p[0]).toList(),
        embedder.embedPassages(passages.stream().map(p -> p[1]).toList()));
  }

  static void writeVectors(Path file, List<String> ids, List<float[]> vectors) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        out.writeUTF(ids.get(i));
        for (float f : vectors.get(i)) {
          out.writeFloat(f);
        }
      }
    }
  }

  private static void addNormalised(List<RankedHit> ranking, float weight, Map<Integer, Float> scores) {
    if (ranking.isEmpty() || weight == 0) {
      return;
    }
    float max = ranking.get(0).score();
    float min = ranking.get(ranking.size() - 1).score();
    for (RankedHit hit : ranking) {
      scores.merge(hit.luceneDocId(), weight * (max > min ? (hit.score() - min) / (max - min) : 1f), Float::sum);
    }
  }

  /** Exact top 100 by dot product; doc numbers are collection order, as in the built index. */
  private static Map<String, List<RankedHit>> exact(List<String> ids, Map<String, float[]> passageVectors,
      Map<String, float[]> queryVectors) {
    float[][] matrix = ids.stream().map(passageVectors::get).toArray(float[][]::new);
    Map<String, List<RankedHit>> result = new HashMap<>();
    queryVectors.forEach((qid, q) -> {
      java.util.PriorityQueue<RankedHit> heap = new java.util.PriorityQueue<>(java.util.Comparator.comparing(RankedHit::score));
      for (int d = 0; d < matrix.length; d++) {
        float dot = 0;
        for (int j = 0; j < q.length; j++) {
          dot += q[j] * matrix[d][j];
        }
        heap.add(new RankedHit(d, dot));
        if (heap.size() > 100) {
          heap.poll();
        }
      }
      List<RankedHit> top = new ArrayList<>(heap);
      top.sort(java.util.Comparator.comparing(RankedHit::score).reversed());
      result.put(qid, top);
    });
    return result;
  }

  private static Map<String, List<String>> run(HybridRetriever retriever, IndexSearcher searcher, DirectoryReader reader,
      Map<String, String> queries, Map<String, float[]> queryVectors) throws IOException {
    Map<String, List<String>> rankings = new HashMap<>();
    for (Map.Entry<String, String> query : queries.entrySet()) {
      float[] vector = queryVectors == null ? null : queryVectors.get(query.getKey());
      List<String> ids = new ArrayList<>();
      for (RankedHit hit : retriever.search(searcher, query.getValue(), vector, null, 10)) {
        ids.add(reader.storedFields().document(hit.luceneDocId()).get("id"));
      }
      rankings.put(query.getKey(), ids);
    }
    return rankings;
  }

  private static void report(String label, Map<String, List<String>> rankings, TrecScorer scorer) {
    TrecScorer.Scores s = scorer.score(rankings);
    System.out.printf(Locale.ROOT, "%-60s R@10 %.4f MAP@10 %.4f%n", label, s.recallAt10(), s.mapAt10());
  }

  private static Directory build(List<String[]> passages, Analyzer analyzer, Map<String, float[]> vectors) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256))) {
      for (String[] passage : passages) {
        Document doc = new Document();
        doc.add(new StoredField("id", passage[0]));
        doc.add(new TextField(TEXT, passage[1], Field.Store.NO));
        doc.add(new TextField(BIGRAMS, passage[1], Field.Store.NO));
        doc.add(new TextField(CONTEXT, passage[2], Field.Store.NO));
        if (vectors != null) {
          doc.add(new KnnFloatVectorField(VECTOR, vectors.get(passage[0]), VectorSimilarityFunction.DOT_PRODUCT));
        }
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    return dir;
  }

  private static List<String[]> readCollection(Path jsonl) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String[]> passages = new ArrayList<>();
    // Heading context: the last two heading-like passages (short, no full stop) earlier in the same document.
    String document = "";
    ArrayDeque<String> headings = new ArrayDeque<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      JsonNode node = mapper.readTree(line);
      String text = node.get("contents").asText();
      if (!node.get("document").asText().equals(document)) {
        document = node.get("document").asText();
        headings.clear();
      }
      passages.add(new String[] {node.get("id").asText(), text, String.join(" ", headings)});
      if (text.split("\\s+").length <= 12 && !text.strip().endsWith(".")) {
        headings.addLast(text);
        if (headings.size() > 2) {
          headings.removeFirst();
        }
      }
    }
    return passages;
  }

  private static Analyzer fieldAnalyzer() {
    Analyzer standard = LegalTextAnalyzer.standard();
    return new PerFieldAnalyzerWrapper(standard, Map.of(BIGRAMS, new ShingleAnalyzerWrapper(standard, 2, 2, " ", false, true, "_")));
  }

  static Map<String, float[]> readVectors(Path file) throws IOException {
    Map<String, float[]> vectors = new LinkedHashMap<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String id = in.readUTF();
        float[] v = new float[384];
        for (int j = 0; j < v.length; j++) {
          v[j] = in.readFloat();
        }
        vectors.put(id, v);
      }
    }
    return vectors;
  }
}
