package org.reggraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
