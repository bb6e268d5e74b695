package org.reggraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.reggraph.index.analysis.LegalTextAnalyzer;
import org.reggraph.search.ranking.HybridRetriever;
import org.reggraph.search.ranking.RankedHit;

/**
 * Dev sweeps for recall beyond the tuned hybrid: headings from the collection's own passage numbers,
 * document and section priors, pseudo-relevance feedback and fusion variants. Every ranking is
 * computed from lists cached once per run (BM25 per field, exact dense scores), so a variant costs
 * seconds.
 *
 * <p>Run: {@code java -cp TEST_CLASSPATH org.reggraph.bench.ObliqaRecallTuning SHARED VECTOR_DIR SPLIT PHASE}
 * with the E5 vector files of {@link ObliqaTuning}'s {@code embed} phase in VECTOR_DIR and PHASE one of
 * {@code fusion}, {@code headings}, {@code prior}, {@code prf}, {@code fill}, {@code depth}, {@code rm3},
 * {@code length}, {@code qprefix}, {@code densecontext} (the last two load E5), {@code denseonly},
 * {@code oracle}, or several comma-separated (see {@link ObliqaRecallSweeps}). The BM25 lists are cached
 * in the system temp folder after the first run.
 * Results are in docs/retrieval.md.
 */
public final class ObliqaRecallTuning {

  static final String TEXT = "text";
  static final String BIGRAMS = "bigrams";
  static final String PARENT = "parent";
  static final String ANCESTORS = "ancestors";

  /** One passage of the collection with its place in its document. */
  record Passage(String id, String text, String document, String number) {}

  final List<Passage> passages;
  final Map<String, String> queries;
  final TrecScorer scorer;
  final float[][] passageVectors;
  final Map<String, float[]> queryVectors;
  final String[] parentText;
  final String[] ancestorText;
  final int[] parentIndex;

  ObliqaRecallTuning(List<Passage> passages, Map<String, String> queries, TrecScorer scorer, float[][] passageVectors,
      Map<String, float[]> queryVectors) {
    this.passages = passages;
    this.queries = queries;
    this.scorer = scorer;
    this.passageVectors = passageVectors;
    this.queryVectors = queryVectors;
    this.parentText = new String[passages.size()];
    this.ancestorText = new String[passages.size()];
    this.parentIndex = new int[passages.size()];
    linkParents();
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("reggraph.shared", args[0]);
    ObliqaData data = ObliqaData.locate();
    Path vectors = Path.of(args[1]);
    String split = args[2];
    List<Passage> passages = readCollection(data.collection());
    Map<String, float[]> byId = ObliqaTuning.readVectors(vectors.resolve("e5-passages.bin"));
    float[][] matrix = passages.stream().map(p -> byId.get(p.id())).toArray(float[][]::new);
    ObliqaRecallTuning tuning = new ObliqaRecallTuning(passages, ObliqaData.readQueries(data.queries(split)),
        TrecScorer.fromQrels(data.qrels(split)), matrix, ObliqaTuning.readVectors(vectors.resolve("e5-q-" + split + ".bin")));
    new ObliqaRecallSweeps(tuning).run(args.length > 3 ? args[3] : "all");
  }

  /** Passage numbers without a trailing dot: "7." and "7" name the same chapter. */
  static String normalise(String number) {
    String n = number.strip();
    while (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    return n;
  }

  /** The nearest earlier passage of the same document whose number is a proper prefix (by dots) of this one's. */
  private void linkParents() {
    Map<String, Integer> byNumber = new HashMap<>();
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      byNumber.putIfAbsent(p.document() + "|" + normalise(p.number()), i);
    }
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      parentIndex[i] = -1;
      String n = normalise(p.number());
      List<String> chain = new ArrayList<>();
      for (int dot = n.lastIndexOf('.'); dot > 0; dot = n.lastIndexOf('.', dot - 1)) {
        Integer ancestor = byNumber.get(p.document() + "|" + n.substring(0, dot));
        if (ancestor != null && ancestor < i) {
          if (parentIndex[i] < 0) {
            parentIndex[i] = ancestor;
          }
          chain.add(0, passages.get(ancestor).text());
        }
      }
      parentText[i] = parentIndex[i] < 0 ? "" : passages.get(parentIndex[i]).text();
      ancestorText[i] = String.join("\n", chain);
    }
  }

  Directory build(Analyzer analyzer, Function<Integer, String> parent, Function<Integer, String> ancestors)
      throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256)
        .setSimilarity(HybridRetriever.tunedSimilarity()))) {
      for (int i = 0; i < passages.size(); i++) {
        Document doc = new Document();
        doc.add(new StoredField("id", passages.get(i).id()));
        doc.add(new TextField(TEXT, passages.get(i).text(), Field.Store.NO));
        doc.add(new TextField(BIGRAMS, passages.get(i).text(), Field.Store.NO));
        doc.add(new TextField(PARENT, parent.apply(i), Field.Store.NO));
        doc.add(new TextField(ANCESTORS, ancestors.apply(i), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    return dir;
  }

  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(LegalTextAnalyzer.standard(), Map.of(BIGRAMS, LegalTextAnalyzer.bigrams()));
  }

  static IndexSearcher searcher(DirectoryReader reader) {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(HybridRetriever.tunedSimilarity());
    return searcher;
  }

  /** Exact dense scores of one query against every passage. */
  float[] denseScores(float[] q) {
    float[] scores = new float[passageVectors.length];
    for (int d = 0; d < passageVectors.length; d++) {
      float[] p = passageVectors[d];
      float dot = 0;
      for (int j = 0; j < q.length; j++) {
        dot += q[j] * p[j];
      }
      scores[d] = dot;
    }
    return scores;
  }

  static List<RankedHit> top(float[] scores, int depth) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
    List<RankedHit> hits = new ArrayList<>(depth);
    for (int i = 0; i < Math.min(depth, order.length); i++) {
      hits.add(new RankedHit(order[i], scores[order[i]]));
    }
    return hits;
  }

  void report(String label, Map<String, List<Integer>> rankings) {
    Map<String, List<String>> ids = new LinkedHashMap<>();
    rankings.forEach((q, docs) -> ids.put(q, docs.stream().limit(10).map(d -> passages.get(d).id()).toList()));
    TrecScorer.Scores s = scorer.score(ids);
    System.out.printf(Locale.ROOT, "%-70s R@10 %.4f MAP@10 %.4f%n", label, s.recallAt10(), s.mapAt10());
    System.out.flush();
  }

  static List<Passage> readCollection(Path jsonl) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Passage> passages = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      JsonNode node = mapper.readTree(line);
      passages.add(new Passage(node.get("id").asText(), node.get("contents").asText(), node.get("document").asText(),
          node.get("passage").asText()));
    }
    return passages;
  }
}
