package org.reggraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest --format jsonl} then {@code search}, through the real commands, TDB2, Lucene and model. */
class SearchCommandTest {

  @TempDir Path dir;

  @Test
  void batchOfQuestionsWritesTrecRunKeyedByPassageId() throws IOException {
    Path collection = dir.resolve("passages.jsonl");
    Files.writeString(collection, String.join("\n",
        "{\"id\": \"p-aml\", \"contents\": \"A Relevant Person must file a suspicious activity report with the FIU.\", \"passage\": \"4.1\"}",
        "{\"id\": \"p-fee\", \"contents\": \"The annual fee for a Representative Office is payable in January.\"}",
        "{\"id\": \"p-cfr\", \"contents\": \"Licences under 15 CFR 744.23 are reviewed case by case.\"}",
        "{\"id\": \"p-empty\", \"contents\": \"\"}",
        "{\"contents\": \"no id\"}"), StandardCharsets.UTF_8);
    Path data = dir.resolve("data");
    int ingest = RegGraphCommand.run("ingest", "--data", data.toString(), "--format", "jsonl", collection.toString());
    assertEquals(1, ingest, "one bad line makes the exit status 1, the rest is stored");

    Path queries = dir.resolve("queries.tsv");
    Files.writeString(queries, "q1\tWhen is the Representative Office fee due?\nq2\tWhat does 15 CFR 744.23 require?\n",
        StandardCharsets.UTF_8);
    List<String> lines = trecRun(data, queries, "run.txt");
    assertEquals(4, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("q1 Q0 p-fee 1 "), lines.get(0));
    assertTrue(lines.get(2).startsWith("q2 Q0 p-cfr 1 "), lines.get(2));
    assertTrue(lines.get(0).endsWith(" " + SearchCommand.RUN_TAG), lines.get(0));

    List<String> plain = trecRun(data, queries, "run-unmapped.txt", "--no-question-map");
    assertTrue(plain.get(0).startsWith("q1 Q0 p-fee 1 "), plain.get(0));
    assertTrue(!plain.equals(lines), "without the question map the dense side, and so the fused scores, differ: " + plain);

    List<String> unreranked = trecRun(data, queries, "run-fused.txt", "--no-reranker");
    assertTrue(unreranked.get(0).startsWith("q1 Q0 p-fee 1 "), unreranked.get(0));
    assertTrue(!unreranked.equals(lines), "without the reranker the scores are the fused ones: " + unreranked);
  }

  /** The TREC run of {@code search --batch --top 2} with the given switches, written to {@code name}. */
  private List<String> trecRun(Path data, Path queries, String name, String... switches) throws IOException {
    Path run = dir.resolve(name);
    List<String> args = new java.util.ArrayList<>(List.of("search", "--data", data.toString(), "--batch",
        queries.toString(), "--top", "2", "--format", "trec", "--output", run.toString()));
    args.addAll(List.of(switches));
    assertEquals(0, RegGraphCommand.run(args.toArray(String[]::new)));
    return Files.readAllLines(run, StandardCharsets.UTF_8);
  }

  @Test
  void batchLineWithoutTabIsAnErrorNamingFileAndLine() throws IOException {
    Path queries = dir.resolve("bad.tsv");
    Files.writeString(queries, "q1\tfine\nno tab here\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SearchCommand.readBatch(queries));
    assertTrue(e.getMessage().endsWith("bad.tsv:2: expected id<TAB>query"), e.getMessage());
  }
}
