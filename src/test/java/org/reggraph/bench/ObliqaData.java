package org.reggraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.reggraph.testing.TestPaths;

/** Where the ObliQA files live under {@code reggraph.shared}, and a reader for its query files. */
public final class ObliqaData {

  private final Path dir;

  private ObliqaData(Path dir) {
    this.dir = dir;
  }

  /** The benchmark folder, or null when the shared folder ({@link TestPaths#shared}) is absent or lacks it. */
  public static ObliqaData locate() {
    return TestPaths.shared()
        .map(shared -> shared.resolve("benchmarks").resolve("obliqa"))
        .filter(dir -> Files.isRegularFile(dir.resolve("collection.jsonl")))
        .map(ObliqaData::new)
        .orElse(null);
  }

  public Path collection() {
    return dir.resolve("collection.jsonl");
  }

  public Path queries(String split) {
    return dir.resolve("queries." + split + ".tsv");
  }

  public Path qrels(String split) {
    return dir.resolve("qrels." + split + ".txt");
  }

  /** Relevance judgements of the expert-validated subset: 1 relevant, 2 relevant without answering directly. */
  public Path expertQrels() {
    return dir.resolve("qrels.expert_subset.txt");
  }

  /**
   * The expert-validated subset's questions from ObliQA's training split, id to text in file order: the
   * subset's dev and test questions are left out, so nothing learnt from these touches an evaluation split.
   */
  public Map<String, String> expertTrainingQuestions() throws IOException {
    Set<String> evaluated = new HashSet<>(readQueries(queries("dev")).keySet());
    evaluated.addAll(readQueries(queries("test")).keySet());
    Map<String, String> questions = new LinkedHashMap<>();
    for (JsonNode q : new ObjectMapper().readTree(dir.resolve("ObliQA_expert_validated_subset.json").toFile())) {
      String id = q.path("QuestionID").asText();
      if (!evaluated.contains(id)) {
        questions.put(id, q.path("Question").asText());
      }
    }
    return questions;
  }

  /** Query id to question text, in file order. */
  public static Map<String, String> readQueries(Path tsv) throws IOException {
    Map<String, String> queries = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        queries.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return queries;
  }
}
