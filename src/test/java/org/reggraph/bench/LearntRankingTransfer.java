package org.reggraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.reggraph.index.IndexFields;
import org.reggraph.index.Analyzers;
import org.reggraph.search.ranking.HybridRetriever;
import org.reggraph.search.ranking.RankedHit;
import org.reggraph.search.semantic.LazyEmbedder;
import org.reggraph.search.semantic.PassageEmbedder;
import org.reggraph.search.semantic.QuestionAdapter;

/**
 * Does the question adapter, learnt on ObliQA's financial-regulation questions, carry over to other
 * regulatory text? Over a data folder of ../shared/corpus ingested with {@code --semantic all}, it ranks
 * each English analyst question (the golden set's and {@link AnalystQueries}') through the question path
 * with and without the adapter, and prints the first three distinct documents of each.
 *
 * <p>Run: {@code java -cp TEST_CLASSPATH org.reggraph.bench.QuestionAdapterTransfer DATA_DIR}.
 */
public final class QuestionAdapterTransfer {

  public static void main(String[] args) throws IOException {
    List<String> questions = new ArrayList<>(goldenQuestions());
    questions.addAll(AnalystQueries.QUESTIONS);
    PassageEmbedder model = new PassageEmbedder();
    QuestionAdapter adapter = QuestionAdapter.shipped();
    HybridRetriever retriever = retriever(HybridRetriever.Settings.tuned());
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0], "index")))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(HybridRetriever.tunedSimilarity());
      int changed = 0;
      for (String question : questions) {
        float[] raw = model.embedQuery(question);
        List<String> before = documents(searcher, retriever.search(searcher, question, raw, null, 50));
        List<String> after = documents(searcher, retriever.search(searcher, question, adapter.apply(raw), null, 50));
        changed += before.equals(after) ? 0 : 1;
        System.out.printf(Locale.ROOT, "%s%n  without: %s%n  with:    %s%n", question, before, after);
      }
      System.out.printf(Locale.ROOT, "%d of %d questions changed their first three documents%n", changed,
          questions.size());
    }
  }

  private static HybridRetriever retriever(HybridRetriever.Settings settings) {
    return new HybridRetriever(Analyzers.provisionAnalyzer(), HybridRetriever.provisionFields(), IndexFields.VECTOR,
        (LazyEmbedder) null, settings);
  }

  private static List<String> documents(IndexSearcher searcher, List<RankedHit> hits) throws IOException {
    Set<String> documents = new LinkedHashSet<>();
    for (RankedHit hit : hits) {
      documents.add(searcher.storedFields().document(hit.luceneDocId()).get(IndexFields.DOCUMENT_ID));
      if (documents.size() == 3) {
        break;
      }
    }
    return List.copyOf(documents);
  }

  private static List<String> goldenQuestions() throws IOException {
    List<String> questions = new ArrayList<>();
    try (InputStream in = QuestionAdapterTransfer.class.getResourceAsStream("/golden/shared-corpus-queries.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#") && line.chars().allMatch(c -> c < 0x3000)) {
          questions.add(line.split("\t")[0]);
        }
      }
    }
    return questions;
  }
}
