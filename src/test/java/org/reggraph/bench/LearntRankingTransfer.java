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
import org.reggraph.search.ranking.LearntReranker;
import org.reggraph.search.ranking.RankedHit;
import org.reggraph.search.semantic.PassageEmbedder;
import org.reggraph.search.semantic.QuestionAdapter;

/**
 * Do the learnt parts of question ranking, learnt on ObliQA's financial-regulation questions, carry over to
 * other regulatory text? Over a data folder of ../shared/corpus ingested (or reindexed) with
 * {@code --semantic all}, it ranks each English analyst question (the golden set's and
 * {@link AnalystQueries}') through the question path without the question map, with it, and with it and
 * the reranker, and prints the first three distinct documents of each.
 *
 * <p>Run: {@code java -cp TEST_CLASSPATH org.reggraph.bench.LearntRankingTransfer DATA_DIR}.
 */
public final class LearntRankingTransfer {

  public static void main(String[] args) throws IOException {
    List<String> questions = new ArrayList<>(goldenQuestions());
    questions.addAll(AnalystQueries.QUESTIONS);
    PassageEmbedder model = new PassageEmbedder();
    QuestionAdapter adapter = QuestionAdapter.shipped();
    HybridRetriever fused = retriever(null);
    HybridRetriever reranked = retriever(LearntReranker.shipped(Analyzers.questionAnalyzer(), Analyzers.provisionAnalyzer()));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0], "index")))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(HybridRetriever.tunedSimilarity());
      int changedByMap = 0;
      int changedByReranker = 0;
      for (String question : questions) {
        float[] raw = model.embedQuery(question);
        float[] mapped = adapter.apply(raw);
        List<String> before = documents(searcher, fused.search(searcher, question, raw, null, 50));
        List<String> after = documents(searcher, fused.search(searcher, question, mapped, null, 50));
        List<String> reordered = documents(searcher, reranked.search(searcher, question, mapped, null, 50));
        changedByMap += before.equals(after) ? 0 : 1;
        changedByReranker += after.equals(reordered) ? 0 : 1;
        System.out.printf(Locale.ROOT, "%s%n  no map:         %s%n  map:            %s%n  map + reranker: %s%n",
            question, before, after, reordered);
      }
      System.out.printf(Locale.ROOT, "of %d questions, the map changed the first three documents of %d, the "
          + "reranker (after the map) of %d%n", questions.size(), changedByMap, changedByReranker);
    }
  }

  private static HybridRetriever retriever(LearntReranker reranker) {
    return new HybridRetriever(Analyzers.questionAnalyzer(), HybridRetriever.provisionFields(), IndexFields.VECTOR,
        null, HybridRetriever.Settings.tuned(), reranker);
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
    try (InputStream in = LearntRankingTransfer.class.getResourceAsStream("/golden/shared-corpus-queries.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#") && line.chars().allMatch(c -> c < 0x3000)) {
          questions.add(line.split("\t")[0]);
        }
      }
    }
    return questions;
  }
}
