package org.reggraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.reggraph.search.ranking.RankedHit;
import org.reggraph.search.semantic.PassageEmbedder;
import org.reggraph.search.semantic.QuestionAdapter;

/**
 * Dev research: does a question-side linear adapter ({@link QueryAdapterTrainer}) over the frozen E5
 * vectors move the tuned hybrid's Recall@10? Five-fold cross-validation over dev questions: each fold's
 * questions are ranked with an adapter trained on the other four fifths; the five folds are scored
 * together. Test is never read.
 *
 * <p>Run: {@code java -cp TEST_CLASSPATH org.reggraph.bench.ObliqaAdapterResearch SHARED VECTOR_DIR cv SETTINGS...}
 * to cross-validate, {@code ... write FILE SETTINGS} to train on all of dev and write the adapter, or
 * {@code ... baseline} for the unmapped and the shipped rankings (to weigh a change of the BM25 side), or
 * {@code ... crossfit DIR SETTINGS} to write each dev question mapped by the fold model that never saw it, where
 * VECTOR_DIR holds {@code e5-passages.bin} and {@code e5-q-dev.bin} ({@link ObliqaTuning}'s {@code embed}
 * phase) and SETTINGS is {@code temperature:learningRate:weightDecay:epochs:batch:negatives}. {@code cv+expert}
 * and {@code write+expert} add to every training set the expert-validated subset's questions from the
 * training split (never one of dev or test).
 */
public final class ObliqaAdapterResearch {

  private static final int FOLDS = 5;

  public static void main(String[] args) throws Exception {
    System.setProperty("reggraph.shared", args[0]);
    ObliqaData data = ObliqaData.locate();
    Path vectors = Path.of(args[1]);
    List<ObliqaRecallTuning.Passage> passages = ObliqaRecallTuning.readCollection(data.collection());
    Map<String, float[]> byId = ObliqaTuning.readVectors(vectors.resolve("e5-passages.bin"));
    float[][] matrix = passages.stream().map(p -> byId.get(p.id())).toArray(float[][]::new);
    ObliqaRecallTuning t = new ObliqaRecallTuning(passages, ObliqaData.readQueries(data.queries("dev")),
        TrecScorer.fromQrels(data.qrels("dev")), matrix, ObliqaTuning.readVectors(vectors.resolve("e5-q-dev.bin")));
    Map<String, int[]> gold = gold(data.qrels("dev"), passages);
    List<String> qids = new ArrayList<>(t.queries.keySet());
    Collections.shuffle(qids, new Random(42));

    List<QueryAdapterTrainer.Example> extra = args[2].endsWith("+expert")
        ? expertTrainingQuestions(t, data, passages, negatives(args[args.length - 1])) : List.of();
    if (args[2].startsWith("write")) {
      QueryAdapterTrainer.Settings s = settings(args[4]);
      List<QueryAdapterTrainer.Example> all = new ArrayList<>(examples(t, gold, qids, negatives(args[4])));
      all.addAll(extra);
      float[] a = new QueryAdapterTrainer(t.passageVectors).train(all, s, (epoch, m) -> { });
      try (OutputStream out = Files.newOutputStream(Path.of(args[3]))) {
        QuestionAdapter.of(t.passageVectors[0].length, a).write(out);
      }
      System.out.println("trained on " + all.size() + " questions (dev, and " + extra.size() + " of the training split), written to " + args[3]);
      return;
    }
    if (args[2].startsWith("crossfit")) {
      crossFit(t, gold, qids, extra, settings(args[4]), negatives(args[4]), Path.of(args[3]));
      return;
    }
    Map<String, List<RankedHit>> lexical = new ObliqaRecallSweeps(t).lexicalLists();
    report(t, lexical, qids, t.queryVectors, "baseline");
    if (args[2].equals("baseline")) {
      // the shipped map has seen every dev question: this row compares lexical changes, it forecasts nothing
      QuestionAdapter shipped = QuestionAdapter.shipped();
      Map<String, float[]> mapped = new HashMap<>();
      qids.forEach(q -> mapped.put(q, shipped.apply(t.queryVectors.get(q))));
      report(t, lexical, qids, mapped, "shipped map (in-sample)");
      return;
    }
    for (int i = 3; i < args.length; i++) {
      crossValidate(t, lexical, gold, qids, extra, settings(args[i]), negatives(args[i]));
    }
  }

  /** temperature:learningRate:weightDecay:epochs:batch:negatives */
  private static QueryAdapterTrainer.Settings settings(String spec) {
    String[] f = spec.split(":");
    return new QueryAdapterTrainer.Settings(Float.parseFloat(f[0]), Float.parseFloat(f[1]), Float.parseFloat(f[2]),
        Integer.parseInt(f[3]), Integer.parseInt(f[4]), 7);
  }

  private static int negatives(String spec) {
    return Integer.parseInt(spec.split(":")[5]);
  }

  /**
   * The expert-validated subset's questions from ObliQA's training split (neither dev nor test), with the
   * passages the experts judged relevant (1) or relevant without answering directly (2), embedded here.
   */
  private static List<QueryAdapterTrainer.Example> expertTrainingQuestions(ObliqaRecallTuning t, ObliqaData data,
      List<ObliqaRecallTuning.Passage> passages, int negatives) throws IOException {
    Map<String, int[]> gold = gold(data.expertQrels(), passages);
    List<QueryAdapterTrainer.Example> examples = new ArrayList<>();
    try (PassageEmbedder model = new PassageEmbedder()) {
      for (Map.Entry<String, String> q : data.expertTrainingQuestions().entrySet()) {
        if (gold.containsKey(q.getKey())) {
          examples.add(example(t, model.embedQuery(q.getValue()), gold.get(q.getKey()), negatives));
        }
      }
    }
    System.out.println(examples.size() + " expert-validated training-split questions added to every training set");
    return examples;
  }

  /** The questions with gold passages among {@code qids}, contrasted with their first dense {@code negatives}. */
  private static List<QueryAdapterTrainer.Example> examples(ObliqaRecallTuning t, Map<String, int[]> gold,
      List<String> qids, int negatives) {
    List<QueryAdapterTrainer.Example> examples = new ArrayList<>();
    for (String q : qids) {
      if (gold.containsKey(q)) {
        examples.add(example(t, t.queryVectors.get(q), gold.get(q), negatives));
      }
    }
    return examples;
  }

  private static QueryAdapterTrainer.Example example(ObliqaRecallTuning t, float[] question, int[] gold, int negatives) {
    int[] candidates = ObliqaRecallTuning.top(t.denseScores(question), negatives).stream()
        .mapToInt(RankedHit::luceneDocId).toArray();
    return new QueryAdapterTrainer.Example(question, gold, withGold(candidates, gold));
  }

  /**
   * Writes every dev question's vector as mapped by the fold model that never saw it ({@code e5-q-dev.bin} in
   * {@code out}), so a reranker stacked on the map can be cross-validated without its features leaking.
   */
  private static void crossFit(ObliqaRecallTuning t, Map<String, int[]> gold, List<String> qids,
      List<QueryAdapterTrainer.Example> extra, QueryAdapterTrainer.Settings s, int negatives, Path out)
      throws IOException {
    Map<String, float[]> mapped = heldOutVectors(t, gold, qids, extra, s, negatives).get(s.epochs());
    List<String> ids = new ArrayList<>(t.queries.keySet());
    Files.createDirectories(out);
    ObliqaTuning.writeVectors(out.resolve("e5-q-dev.bin"), ids, ids.stream().map(mapped::get).toList());
    System.out.println("cross-fitted question vectors written to " + out.resolve("e5-q-dev.bin"));
  }

  private static void crossValidate(ObliqaRecallTuning t, Map<String, List<RankedHit>> lexical, Map<String, int[]> gold,
      List<String> qids, List<QueryAdapterTrainer.Example> extra, QueryAdapterTrainer.Settings s, int negatives) {
    long start = System.nanoTime();
    Map<Integer, Map<String, float[]>> adaptedByEpoch = heldOutVectors(t, gold, qids, extra, s, negatives);
    System.out.printf("trained %d folds in %.0f s%n", FOLDS, (System.nanoTime() - start) / 1e9);
    adaptedByEpoch.keySet().stream().sorted().forEach(epoch -> {
      String label = String.format((extra.isEmpty() ? "" : "+" + extra.size() + " expert ")
          + "tau %s lr %s wd %s batch %d neg %d epoch %d", s.temperature(), s.learningRate(), s.weightDecay(),
          s.batch(), negatives, epoch);
      report(t, lexical, qids, adaptedByEpoch.get(epoch), label);
    });
  }

  /**
   * After each epoch, every question mapped by the model of the fold that left it out: fold f holds the
   * questions at positions f, f + 5, ... of {@code qids}; {@code extra} joins every fold's training set.
   */
  private static Map<Integer, Map<String, float[]>> heldOutVectors(ObliqaRecallTuning t, Map<String, int[]> gold,
      List<String> qids, List<QueryAdapterTrainer.Example> extra, QueryAdapterTrainer.Settings s, int negatives) {
    QueryAdapterTrainer trainer = new QueryAdapterTrainer(t.passageVectors);
    Map<Integer, Map<String, float[]>> byEpoch = new HashMap<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<String> held = new ArrayList<>();
      List<String> rest = new ArrayList<>();
      for (int i = 0; i < qids.size(); i++) {
        (i % FOLDS == fold ? held : rest).add(qids.get(i));
      }
      List<QueryAdapterTrainer.Example> train = new ArrayList<>(examples(t, gold, rest, negatives));
      train.addAll(extra);
      trainer.train(train, s, (epoch, a) -> {
        QuestionAdapter adapter = QuestionAdapter.of(t.passageVectors[0].length, a);
        Map<String, float[]> mapped = byEpoch.computeIfAbsent(epoch, e -> new HashMap<>());
        held.forEach(q -> mapped.put(q, adapter.apply(t.queryVectors.get(q))));
      });
    }
    return byEpoch;
  }

  /** Dense only, then fused with BM25 (200 a side, spread) at three dense weights. */
  private static void report(ObliqaRecallTuning t, Map<String, List<RankedHit>> lexical, List<String> qids,
      Map<String, float[]> vectors, String label) {
    Map<String, List<RankedHit>> dense = new java.util.concurrent.ConcurrentHashMap<>();
    qids.parallelStream().forEach(q -> dense.put(q, ObliqaRecallTuning.top(t.denseScores(vectors.get(q)), 200)));
    Map<String, List<Integer>> denseOnly = new LinkedHashMap<>();
    qids.forEach(q -> denseOnly.put(q, ObliqaRecallSweeps.ids(dense.get(q))));
    t.report(label + " dense only", denseOnly);
    Map<String, List<Integer>> bm25 = new LinkedHashMap<>();
    qids.forEach(q -> bm25.put(q, ObliqaRecallSweeps.ids(lexical.get(q))));
    t.report(label + " BM25 only", bm25);
    for (float w : new float[] {0.4f, 0.5f, 0.6f}) {
      Map<String, List<Integer>> fused = new LinkedHashMap<>();
      qids.forEach(q -> fused.put(q, ObliqaRecallSweeps.Fusion.linear(
          List.of(ObliqaRecallSweeps.cut(lexical.get(q), 200), dense.get(q)), new float[] {1 - w, w}, true)));
      t.report(label + " fused " + w, fused);
    }
  }

  private static int[] withGold(int[] candidates, int[] gold) {
    java.util.LinkedHashSet<Integer> all = new java.util.LinkedHashSet<>();
    for (int g : gold) {
      all.add(g);
    }
    for (int c : candidates) {
      all.add(c);
    }
    return all.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Question id to the collection positions of its gold passages. */
  private static Map<String, int[]> gold(Path qrels, List<ObliqaRecallTuning.Passage> passages) throws IOException {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < passages.size(); i++) {
      position.put(passages.get(i).id(), i);
    }
    Map<String, List<Integer>> lists = new HashMap<>();
    for (String line : java.nio.file.Files.readAllLines(qrels)) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && Integer.parseInt(f[3]) > 0 && position.containsKey(f[2])) {
        lists.computeIfAbsent(f[0], k -> new ArrayList<>()).add(position.get(f[2]));
      }
    }
    Map<String, int[]> gold = new HashMap<>();
    lists.forEach((q, l) -> gold.put(q, l.stream().mapToInt(Integer::intValue).toArray()));
    return gold;
  }
}
