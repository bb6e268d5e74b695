package org.reggraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reggraph.RegGraph;
import org.reggraph.search.SearchHit;
import org.reggraph.search.SearchPage;
import org.reggraph.search.SearchRequest;
import org.reggraph.search.SearchService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code search}: runs one query, or a batch of {@code id<TAB>question} lines, through the search
 * service in one process. A batch can be written as a TREC run ({@code qid Q0 docid rank score tag},
 * docid being the document id, which for a JSONL passage is its id) for trec_eval.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the index with a question in plain language (hybrid BM25 + vectors), or with Lucene "
        + "query syntax (--syntax); one query or a batch file of id<TAB>query lines.")
final class SearchCommand implements Callable<Integer> {

  /** Run tag written in the sixth TREC column. */
  static final String RUN_TAG = "reggraph";

  @Mixin
  DataOptions data;

  @Mixin
  LearntRankingOptions learntRanking;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  static final class Input {
    @Parameters(paramLabel = "QUERY", description = "The query.")
    String query;

    @Option(names = "--batch", paramLabel = "QUERIES.tsv", description = "File of id<TAB>query lines, UTF-8.")
    Path batch;
  }

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "Hits per query, 1 to 1000 (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or trec (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--syntax", description = "Read queries as Lucene query syntax (BM25 over text, headings and "
      + "titles) instead of plain-language questions.")
  boolean syntax;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (top < 1 || top > 1000) {
      throw new IllegalArgumentException("--top must be between 1 and 1000, was " + top);
    }
    OutputFormat outputFormat = OutputFormat.parse(format);
    List<String[]> queries = input.batch != null ? readBatch(input.batch) : List.<String[]>of(new String[] {"1", input.query});
    try (RegGraph regGraph = RegGraph.open(data.config().withLearntRanking(learntRanking.ranking()));
         PrintWriter out = new PrintWriter(writer(), false)) {
      SearchService search = regGraph.search();
      List<Map<String, Object>> json = new ArrayList<>();
      for (String[] query : queries) {
        SearchRequest request = SearchRequest.of(query[1], top);
        SearchPage page = syntax ? search.search(request) : search.searchQuestion(request);
        switch (outputFormat) {
          case TREC -> writeTrec(out, query[0], page);
          case TEXT -> writeText(out, query, page);
          case JSON -> json.add(Map.of("id", query[0], "query", query[1], "total", page.total(), "hits", page.hits()));
        }
      }
      if (outputFormat == OutputFormat.JSON) {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValue(out, input.batch != null ? json : json.get(0));
      }
    }
    return 0;
  }

  enum OutputFormat {
    TEXT, JSON, TREC;

    static OutputFormat parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown --format '" + text + "': expected text, json or trec", e);
      }
    }
  }

  /** Reads {@code id<TAB>query} lines; a line without a tab is an error naming file and line. */
  static List<String[]> readBatch(Path file) throws IOException {
    List<String[]> queries = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || line.substring(tab + 1).isBlank()) {
        throw new IllegalArgumentException(file + ":" + lineNumber + ": expected id<TAB>query");
      }
      queries.add(new String[] {line.substring(0, tab).trim(), line.substring(tab + 1).trim()});
    }
    return queries;
  }

  private static void writeTrec(PrintWriter out, String queryId, SearchPage page) {
    int rank = 1;
    for (SearchHit hit : page.hits()) {
      out.printf(Locale.ROOT, "%s Q0 %s %d %.6f %s%n", queryId, hit.document().id(), rank++, hit.score(), RUN_TAG);
    }
  }

  private static void writeText(PrintWriter out, String[] query, SearchPage page) {
    out.printf(Locale.ROOT, "%s  %s  (%d matches)%n", query[0], query[1], page.total());
    int rank = 1;
    for (SearchHit hit : page.hits()) {
      String text = hit.text().replaceAll("\\s+", " ");
      out.printf(Locale.ROOT, "%3d. %.4f  %s  %s%n      %s%n", rank++, hit.score(), hit.document().id(),
          hit.label() == null ? "" : hit.label(), text.length() > 200 ? text.substring(0, 200) + " …" : text);
    }
  }

  private Writer writer() throws IOException {
    return output == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }
}
