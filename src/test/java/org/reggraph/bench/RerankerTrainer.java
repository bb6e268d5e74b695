package org.reggraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.reggraph.config.AppConfig;
import org.reggraph.graph.EntityReader;
import org.reggraph.graph.GraphStore;
import org.reggraph.graph.Iris;
import org.reggraph.index.Analyzers;
import org.reggraph.index.IndexFields;
import org.reggraph.search.QuestionLexicalQuery;
import org.reggraph.search.ranking.CollectionStructure;
import org.reggraph.search.ranking.HybridRetriever;
import org.reggraph.search.ranking.LearntReranker;
import org.reggraph.search.ranking.RankedHit;
import org.reggraph.search.ranking.RerankFeatures;
import org.reggraph.search.ranking.TreeEnsemble;
import org.reggraph.search.semantic.PassageEmbedder;
import org.reggraph.search.semantic.QuestionAdapter;

/**
 * Trains and cross-validates the shipped reranker ({@link LearntReranker}) on ObliQA dev, over a store that
 * {@code ingest --format jsonl} wrote, with the service's own code: the same retriever lists (BM25 read as
 * the service reads a question, with the entities it names from the store's graph), the same
 * {@link RerankFeatures}. Only the question vectors are the harness's: each dev question mapped by the
 * question-map fold model that never saw it ({@code ObliqaAdapterResearch crossfit+expert}), because the
 * shipped map has seen every dev question and a reranker trained on those vectors would learn to trust a
 * dense side that remembers them.
 *
 * <pre>
 * java -cp ... org.reggraph.bench.RerankerTrainer /work/shared STORE CROSSFIT_VECTORS (cv | write FILE)
 * </pre>
 *
 * {@code cv} prints 5-fold cross-validation over questions for three fold seeds, with the fused order as
 * baseline; {@code write} trains on all dev questions and writes the model file. Dev only.
 */
public final class RerankerTrainer {

  private static final int FOLDS = 5;
  /**
   * The shipped model's: 200 trees of depth 3, learning rate 0.05, at least 20 of hessian per leaf, NDCG@10
   * alone ({@code trees:depth:rate:minHessian[:recallWeight]}).
   */
  private static final LambdaMartRanker.Settings SETTINGS = settings(System.getProperty("rerank.trees", "200:3:0.05:20"));
  /** Models averaged, each trained on a random four fifths of the questions; 1 trains one on all of them. */
  private static final int BAGS = Integer.getInteger("rerank.bags", 1);
  /**
   * Research only: the features read the question with its form words ("what", "could you"), as before
   * session 11, while the retriever drops them; the service reads the question one way for both.
   */
  private static final boolean FEATURES_FROM_WHOLE_QUESTION = Boolean.getBoolean("rerank.featuresAsWritten");
  /** How many fused candidates are reordered; the service's is {@link LearntReranker#DEPTH}. */
  private static final int DEPTH = Integer.getInteger("rerank.depth", LearntReranker.DEPTH);

  private static LambdaMartRanker.Settings settings(String text) {
    String[] parts = text.split(":");
    return new LambdaMartRanker.Settings(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
        Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), parts.length > 4 ? Double.parseDouble(parts[4]) : 0);
  }

  private final List<RerankCandidates.Question> questions;
  private final Map<Integer, String> passageIds;
  private final TrecScorer scorer;
  /** Questions added to every training set and never scored (the expert subset, when asked for). */
  private List<RerankCandidates.Question> extra = List.of();

  private RerankerTrainer(List<RerankCandidates.Question> questions, Map<Integer, String> passageIds, TrecScorer scorer) {
    this.questions = questions;
    this.passageIds = passageIds;
    this.scorer = scorer;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("reggraph.shared", args[0]);
    ObliqaData data = ObliqaData.locate();
    Path store = Path.of(args[1]);
    Map<String, float[]> vectors = ObliqaTuning.readVectors(Path.of(args[2]));
    Map<String, String> queries = ObliqaData.readQueries(data.queries("dev"));
    TrecScorer scorer = TrecScorer.fromQrels(data.qrels("dev"));
    RerankerTrainer trainer = candidates(store, queries, vectors, scorer);
    String expertMap = System.getProperty("rerank.expert");
    if (expertMap != null) {
      trainer.extra = expertQuestions(data, store, Path.of(expertMap));
    }
    if (args[3].equals("write")) {
      try (Writer out = Files.newBufferedWriter(Path.of(args[4]), StandardCharsets.UTF_8)) {
        train(trainer.withExtra(trainer.questions), 42).write(out);
      }
      System.out.println("wrote " + args[4]);
      return;
    }
    trainer.report("fused order (the service without the reranker)", q -> null);
    for (int seed : new int[] {42, 1, 2}) {
      trainer.crossValidate(seed);
    }
  }

  private List<RerankCandidates.Question> withExtra(List<RerankCandidates.Question> train) {
    List<RerankCandidates.Question> all = new ArrayList<>(train);
    all.addAll(extra);
    return all;
  }

  /**
   * The expert-validated subset's questions of ObliQA's training split (neither dev nor test ones), with
   * their candidates and features, each question mapped by {@code map}: a question map learnt without them
   * ({@code ObliqaAdapterResearch write}, dev only), as the dev questions' maps never saw those.
   */
  private static List<RerankCandidates.Question> expertQuestions(ObliqaData data, Path store, Path map)
      throws IOException {
    Map<String, String> queries = data.expertTrainingQuestions();
    QuestionAdapter adapter;
    try (InputStream in = Files.newInputStream(map)) {
      adapter = QuestionAdapter.read(in);
    }
    Map<String, float[]> vectors = new HashMap<>();
    try (PassageEmbedder model = new PassageEmbedder()) {
      queries.forEach((id, text) -> vectors.put(id, adapter.apply(model.embedQuery(text))));
    }
    List<RerankCandidates.Question> questions = candidates(store, queries, vectors,
        TrecScorer.fromQrels(data.expertQrels())).questions;
    System.out.println(questions.size() + " expert-validated training-split questions added to every training set");
    return questions;
  }

  /** Every dev question's fused top 50 with features, computed by the service's classes. */
  static RerankerTrainer candidates(Path store, Map<String, String> queries, Map<String, float[]> vectors,
      TrecScorer scorer) throws IOException {
    Analyzer questionAnalyzer = Analyzers.questionAnalyzer();
    HybridRetriever retriever = new HybridRetriever(questionAnalyzer, HybridRetriever.provisionFields(),
        IndexFields.VECTOR, null, HybridRetriever.Settings.tuned());
    RerankFeatures features = LearntReranker.forProvisions(
        FEATURES_FROM_WHOLE_QUESTION ? Analyzers.provisionAnalyzer() : questionAnalyzer, Analyzers.provisionAnalyzer());
    List<RerankCandidates.Question> questions = new ArrayList<>();
    Map<Integer, String> passageIds = new HashMap<>();
    long start = System.nanoTime();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(store.resolve("index")));
        GraphStore graph = GraphStore.open(store.resolve("graph"))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(HybridRetriever.tunedSimilarity());
      CollectionStructure structure = CollectionStructure.of(reader);
      // The service's BM25 side, which reads the entities a question names from the graph.
      QuestionLexicalQuery lexicalQuery = QuestionLexicalQuery.over(
          new EntityReader(graph, new Iris(AppConfig.DEFAULT_BASE_IRI)));
      for (Map.Entry<String, String> query : queries.entrySet()) {
        float[] vector = unit(vectors.get(query.getKey()));
        Query asked = lexicalQuery.of(retriever, query.getValue(), null);
        List<RankedHit> lexical = asked == null ? List.of()
            : HybridRetriever.ranked(searcher.search(asked, retriever.depth(DEPTH)));
        HybridRetriever.Candidates lists = retriever.candidates(searcher, lexical, vector, null, DEPTH);
        float[][] x = features.of(searcher, structure, lists, query.getValue(), vector, DEPTH);
        int[] docs = new int[x.length];
        boolean[] relevant = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
          docs[i] = lists.fused().get(i).luceneDocId();
          String id = passageIds.computeIfAbsent(docs[i], doc -> passageId(searcher, doc));
          relevant[i] = scorer.isRelevant(query.getKey(), id);
        }
        questions.add(new RerankCandidates.Question(query.getKey(), docs, x, relevant, 0));
      }
    }
    System.out.printf(Locale.ROOT, "features of %d questions in %.0f s%n", questions.size(), (System.nanoTime() - start) / 1e9);
    return new RerankerTrainer(questions, passageIds, scorer);
  }

  private static String passageId(IndexSearcher searcher, int doc) {
    try {
      return searcher.storedFields().document(doc, Set.of(IndexFields.DOCUMENT_ID)).get(IndexFields.DOCUMENT_ID);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static float[] unit(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    float[] unit = new float[vector.length];
    for (int j = 0; j < vector.length; j++) {
      unit[j] = (float) (vector[j] / Math.sqrt(norm));
    }
    return unit;
  }

  /** Each question ranked by a model trained on the other four fifths (folds from a shuffle by {@code seed}). */
  private void crossValidate(int seed) {
    long start = System.nanoTime();
    Map<String, double[]> scores = new HashMap<>();
    int fold = 0;
    for (RerankCandidates.Fold split : RerankCandidates.folds(questions, FOLDS, seed)) {
      TreeEnsemble model = train(withExtra(split.train()), seed + fold++);
      for (RerankCandidates.Question q : split.heldOut()) {
        double[] s = new double[q.size()];
        for (int c = 0; c < s.length; c++) {
          s[c] = model.score(q.features()[c]);
        }
        scores.put(q.id(), s);
      }
    }
    report(String.format(Locale.ROOT, "LambdaMART %s x%d, top %d, 5-fold CV seed %d (%.0f s)", SETTINGS, BAGS, DEPTH, seed,
        (System.nanoTime() - start) / 1e9), q -> scores.get(q.id()));
  }

  /** One model on every question, or the mean of {@link #BAGS} models on random four fifths of them. */
  private static TreeEnsemble train(List<RerankCandidates.Question> questions, long seed) {
    if (BAGS == 1) {
      return LambdaMartRanker.train(questions, SETTINGS).ensemble(RerankFeatures.NAMES);
    }
    Random random = new Random(seed);
    List<TreeEnsemble> models = new ArrayList<>();
    for (int bag = 0; bag < BAGS; bag++) {
      List<RerankCandidates.Question> sample = new ArrayList<>(questions);
      Collections.shuffle(sample, random);
      models.add(LambdaMartRanker.train(sample.subList(0, sample.size() * 4 / 5), SETTINGS)
          .ensemble(RerankFeatures.NAMES));
    }
    return TreeEnsemble.average(models);
  }

  /** Scores every question's top ten by {@code scores} (null keeps the fused order) with {@link TrecScorer}. */
  private void report(String label, Function<RerankCandidates.Question, double[]> scores) {
    Map<String, List<String>> rankings = new LinkedHashMap<>();
    for (RerankCandidates.Question q : questions) {
      double[] s = scores.apply(q);
      if (s == null) {
        s = new double[q.size()];
        for (int c = 0; c < s.length; c++) {
          s[c] = -c;
        }
      }
      List<String> ids = new ArrayList<>();
      for (int c : RerankCandidates.topTen(s, q.size())) {
        ids.add(passageIds.get(q.docs()[c]));
      }
      rankings.put(q.id(), ids);
    }
    TrecScorer.Scores result = scorer.score(rankings);
    System.out.printf(Locale.ROOT, "%-70s R@10 %.4f MAP@10 %.4f%n", label, result.recallAt10(), result.mapAt10());
    System.out.flush();
  }
}
