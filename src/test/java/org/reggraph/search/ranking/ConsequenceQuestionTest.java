package org.reggraph.search.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.reggraph.index.Analyzers;
import org.reggraph.index.IndexFields;

class ConsequenceQuestionTest {

  @Test
  void questionsAboutWhatFollowsABreachAreRecognised() {
    assertTrue(ConsequenceQuestion.asks(
        "what must an AI developer do before sharing model weights abroad, and what happens if it does not?"));
    assertTrue(ConsequenceQuestion.asks("What are the consequences of failing to file a quarterly return?"));
    assertTrue(ConsequenceQuestion.asks("If a firm does not notify the regulator, what measures follow?"));
    assertTrue(ConsequenceQuestion.asks("What if a provider fails to comply with the registration duty?"));
    assertTrue(ConsequenceQuestion.asks("penalties for non-compliance with the export rule"));
  }

  @Test
  void otherQuestionsAreLeftAlone() {
    assertFalse(ConsequenceQuestion.asks("Which export licence is required to transfer model weights abroad?"));
    assertFalse(ConsequenceQuestion.asks("how should agencies appoint a chief AI officer"));
    assertFalse(ConsequenceQuestion.asks("Is a firm that does business abroad not subject to the rule?"));
  }

  /**
   * The words added for such a question find fines, not fine-tuning; where no compound is near, each provision
   * scores exactly as the plain terms would score it, so rankings move only where "fine" began a compound.
   */
  @Test
  void addedFineIsNotTheFirstHalfOfACompound() throws IOException {
    Map<String, String> texts = Map.of(
        "fine", "A fine of up to 500 euros may be imposed on the provider.",
        "fine-tuning", "Developers fine-tuning open-weight models must keep records of the data used.",
        "fine tuned", "A model that is fine tuned by a deployer becomes a new model.",
        "fine-grained", "Fine-grained access controls apply to the weights.",
        "both", "Fines apply to a provider whose model was fine-tuned without a licence.",
        "word between", "A fine is owed; tuning the model does not change it.",
        "sanction", "Sanctions follow any violation of this part.");
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.provisionAnalyzer()))) {
        for (Map.Entry<String, String> text : texts.entrySet()) {
          Document doc = new Document();
          doc.add(new StringField("key", text.getKey(), Field.Store.YES));
          doc.add(new TextField(IndexFields.TEXT, text.getValue(), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query added = ConsequenceQuestion.query(Analyzers.questionAnalyzer(), IndexFields.TEXT);
        Query plain = BagOfWordsQuery.of(Analyzers.questionAnalyzer(), IndexFields.TEXT, ConsequenceQuestion.TERMS);
        Map<String, Float> found = scores(searcher, added);
        Map<String, Float> plainScores = scores(searcher, plain);

        assertEquals(List.of("both", "fine", "sanction", "word between"), found.keySet().stream().sorted().toList());
        for (String key : List.of("fine", "sanction", "word between")) {
          assertEquals(plainScores.get(key), found.get(key), 1e-6f, key);
        }
      }
    }
  }

  private static Map<String, Float> scores(IndexSearcher searcher, Query query) throws IOException {
    Map<String, Float> scores = new HashMap<>();
    for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
      scores.put(searcher.storedFields().document(hit.doc).get("key"), hit.score);
    }
    return scores;
  }
}
