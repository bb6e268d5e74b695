package org.reggraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * trec_eval's {@code recall.10} and {@code map_cut.10} with {@code -c}, in Java, so the benchmark
 * needs no native binary. Checked once against trec_eval 9 (docs/retrieval.md).
 *
 * <p>Like trec_eval, it re-sorts each query's run by score, ties by document id descending, and
 * ignores the rank column; a query in the qrels with no run line counts as zero.
 */
public final class TrecScorer {

  /** Mean scores over all judged queries. */
  public record Scores(double recallAt10, double mapAt10, int queries) {}

  private record RunLine(String docId, double score) {}

  private static final int CUTOFF = 10;

  private final Map<String, Set<String>> relevant;

  private TrecScorer(Map<String, Set<String>> relevant) {
    this.relevant = relevant;
  }

  /** Scores a run file: {@code TrecScorer QRELS RUN} prints Recall@10 and MAP@10. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TrecScorer QRELS RUN");
      System.exit(2);
    }
    Scores scores = fromQrels(Path.of(args[0])).scoreRunFile(Path.of(args[1]));
    System.out.printf(java.util.Locale.ROOT, "queries %d  Recall@10 %.4f  MAP@10 %.4f%n",
        scores.queries(), scores.recallAt10(), scores.mapAt10());
  }

  /** Whether the qrels judge the document relevant to the query. */
  public boolean isRelevant(String queryId, String docId) {
    return relevant.getOrDefault(queryId, Set.of()).contains(docId);
  }

  /** Reads qrels lines {@code qid iter docid relevance}; relevance 0 is not relevant. */
  public static TrecScorer fromQrels(Path qrels) throws IOException {
    Map<String, Set<String>> relevant = new HashMap<>();
    for (String line : Files.readAllLines(qrels, StandardCharsets.UTF_8)) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 4 && Integer.parseInt(f[3]) > 0) {
        relevant.computeIfAbsent(f[0], q -> new HashSet<>()).add(f[2]);
      }
    }
    return new TrecScorer(relevant);
  }

  /** Scores a TREC run file {@code qid Q0 docid rank score tag}. */
  public Scores scoreRunFile(Path run) throws IOException {
    Map<String, List<RunLine>> byQuery = new HashMap<>();
    for (String line : Files.readAllLines(run, StandardCharsets.UTF_8)) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 5) {
        byQuery.computeIfAbsent(f[0], q -> new ArrayList<>()).add(new RunLine(f[2], Double.parseDouble(f[4])));
      }
    }
    Map<String, List<String>> ranked = new HashMap<>();
    byQuery.forEach((qid, lines) -> {
      lines.sort(Comparator.comparingDouble(RunLine::score).reversed()
          .thenComparing(RunLine::docId, Comparator.reverseOrder()));
      ranked.put(qid, lines.stream().map(RunLine::docId).toList());
    });
    return score(ranked);
  }

  /** Scores rankings given in order, best first. */
  public Scores score(Map<String, List<String>> rankings) {
    double recallSum = 0;
    double apSum = 0;
    for (Map.Entry<String, Set<String>> judged : relevant.entrySet()) {
      List<String> ranking = rankings.getOrDefault(judged.getKey(), List.of());
      int found = 0;
      double precisionSum = 0;
      for (int i = 0; i < Math.min(CUTOFF, ranking.size()); i++) {
        if (judged.getValue().contains(ranking.get(i))) {
          found++;
          precisionSum += (double) found / (i + 1);
        }
      }
      recallSum += (double) found / judged.getValue().size();
      apSum += precisionSum / judged.getValue().size();
    }
    int n = relevant.size();
    return new Scores(recallSum / n, apSum / n, n);
  }
}
