package org.reggraph.search.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.reggraph.index.IndexFields;
import org.reggraph.index.ProvisionIndex;
import org.reggraph.search.semantic.LazyEmbedder;
import org.reggraph.search.semantic.NearestNeighbours;

/**
 * Ranks provisions for a question: BM25 over the analysed text, optionally fused with the passages whose
 * vectors are nearest the question's ({@link NearestNeighbours}).
 *
 * <p>Both lists are cut deeper than the page asked for ({@link Settings#candidates()}), because a
 * passage ranked 30th by one side can be first after fusion. When the index holds no vectors or no
 * embedder is given, the dense side is empty and the ranking is plain BM25.
 */
public final class HybridRetriever {

  /** How deep each side is cut before fusion, and how the two are fused. */
  public record Settings(int candidates, ScoreFusion fusion) {
    /**
     * Tuned on ObliQA dev (docs/retrieval.md): 200 candidates a side, scaled by their spread, dense weight
     * 0.5 (0.4 before questions were mapped by the {@link org.reggraph.search.semantic.QuestionAdapter}: the
     * adapted dense side deserves more weight). Deeper lists (500, 1000) measured about the same and cost
     * more kNN work per question.
     */
    public static Settings tuned() {
      return new Settings(200, new ScoreFusion.Linear(0.5f, ScoreFusion.Scaling.SPREAD));
    }
  }

  /** BM25's parameters, tuned on ObliQA dev (k1 0.9, b 0.75; Lucene's default k1 is 1.2). */
  public static BM25Similarity tunedSimilarity() {
    return new BM25Similarity(0.9f, 0.75f);
  }

  /** Lexical fields and boosts for provisions: the text, and its word pairs at 0.3 (ObliQA dev). */
  public static Map<String, Float> provisionFields() {
    Map<String, Float> fields = new LinkedHashMap<>();
    fields.put(IndexFields.TEXT, 1f);
    fields.put(IndexFields.TEXT_BIGRAMS, 0.3f);
    return fields;
  }

  /** The tuned retriever over the provision index, with its learnt reranker when it has one. */
  public static HybridRetriever forProvisions(ProvisionIndex index) {
    return new HybridRetriever(index.questionAnalyzer(), provisionFields(), IndexFields.VECTOR, index.embedder(),
        Settings.tuned(), index.reranker());
  }

  /**
   * The lists fusion starts from and what it made of them: the lexical and dense candidates, each best
   * first, and every candidate of either fused, best first (not cut to a page: the reranker reads the
   * fused scores of a hit's neighbours too).
   */
  public record Candidates(List<RankedHit> lexical, List<RankedHit> dense, List<RankedHit> fused) {}

  private final Analyzer analyzer;
  private final Map<String, Float> lexicalFields;
  private final String vectorField;
  private final LazyEmbedder embedder;
  private final Settings settings;
  private final LearntReranker reranker;

  /** A retriever that keeps the fused order. */
  public HybridRetriever(Analyzer analyzer, Map<String, Float> lexicalFields, String vectorField,
      LazyEmbedder embedder, Settings settings) {
    this(analyzer, lexicalFields, vectorField, embedder, settings, null);
  }

  /**
   * @param analyzer      analyses the question for each lexical field (a per-field wrapper when fields differ)
   * @param lexicalFields the fields BM25 searches, each with its boost, in a stable order
   * @param vectorField   the field holding passage vectors
   * @param embedder      embeds questions, or null for BM25 only; loaded only if the index has vectors
   * @param reranker      reorders the top of the fused ranking, or null to keep it; only fused rankings
   *                      are reranked (the model reads both sides)
   */
  public HybridRetriever(Analyzer analyzer, Map<String, Float> lexicalFields, String vectorField,
      LazyEmbedder embedder, Settings settings, LearntReranker reranker) {
    this.analyzer = analyzer;
    this.lexicalFields = new LinkedHashMap<>(lexicalFields);
    this.vectorField = vectorField;
    this.embedder = embedder;
    this.settings = settings;
    this.reranker = reranker;
  }

  /** The best {@code top} documents for the question, best first. */
  public List<RankedHit> search(IndexSearcher searcher, String question, Query filter, int top)
      throws IOException {
    float[] queryVector = embedder == null || !hasVectors(searcher) ? null : embedder.get().embedQuery(question);
    return search(searcher, question, queryVector, filter, top);
  }

  /** As {@link #search(IndexSearcher, String, Query, int)} with the question already embedded. */
  public List<RankedHit> search(
      IndexSearcher searcher, String question, float[] queryVector, Query filter, int top)
      throws IOException {
    return fuse(searcher, question, lexical(searcher, question, filter, depth(top)), queryVector, filter, top);
  }

  /** How deep the lexical side must be cut for a ranking of {@code top}: at least the tuned candidates. */
  public int depth(int top) {
    return Math.max(top, settings.candidates());
  }

  /**
   * The ranking of {@code top} from lexical hits the caller already has, {@link #depth} deep, best first
   * (the search service takes them from the pass that also counts facets, so BM25 runs once).
   */
  public List<RankedHit> searchWithLexical(IndexSearcher searcher, String question, List<RankedHit> lexical,
      Query filter, int top) throws IOException {
    float[] queryVector = embedder == null || !hasVectors(searcher) ? null : embedder.get().embedQuery(question);
    return fuse(searcher, question, lexical, queryVector, filter, top);
  }

  private List<RankedHit> fuse(IndexSearcher searcher, String question, List<RankedHit> lexical, float[] queryVector,
      Query filter, int top) throws IOException {
    if (queryVector == null || !hasVectors(searcher)) {
      return RankedHit.head(lexical, top);
    }
    Candidates lists = candidates(searcher, lexical, queryVector, filter, top);
    return reranker == null ? RankedHit.head(lists.fused(), top)
        : reranker.rerank(searcher, question, queryVector, lists, top);
  }

  /**
   * The dense candidates for the question's vector, {@link #depth} deep, fused with the lexical ones the
   * caller has (the reranker's training harness starts here too, with question vectors of its own).
   */
  public Candidates candidates(IndexSearcher searcher, List<RankedHit> lexical, float[] queryVector, Query filter,
      int top) throws IOException {
    int depth = depth(top);
    List<RankedHit> dense = toHits(NearestNeighbours.search(searcher, vectorField, queryVector, depth, filter));
    return new Candidates(lexical, dense, settings.fusion().fuse(lexical, dense, Integer.MAX_VALUE));
  }


  /** Lucene's hits as ranked hits, in their order. */
  public static List<RankedHit> ranked(TopDocs topDocs) {
    return toHits(topDocs);
  }

  /** Plain BM25 with the same analysis, for baselines. */
  public List<RankedHit> lexical(IndexSearcher searcher, String question, Query filter, int depth)
      throws IOException {
    Query query = lexicalQuery(question, filter);
    return query == null ? List.of() : toHits(searcher.search(query, depth));
  }

  /**
   * The BM25 side as a query (for highlighting and facet counts too), restricted by {@code filter} when it
   * is not null; null when the question has no searchable term.
   */
  public Query lexicalQuery(String question, Query filter) {
    return lexicalQuery(question, List.of(), filter);
  }

  /**
   * As {@link #lexicalQuery(String, Query)} for a question whose entity names were taken out of its
   * {@code words}: each entity, given by all its names, is one more word of the question
   * ({@link EntityNameQuery}), searched in the text.
   */
  public Query lexicalQuery(String words, List<List<String>> entities, Query filter) {
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    int clauses = 0;
    for (Map.Entry<String, Float> field : lexicalFields.entrySet()) {
      Query query = BagOfWordsQuery.of(analyzer, field.getKey(), words);
      if (query != null && field.getValue() > 0) {
        fields.add(field.getValue() == 1f ? query : new BoostQuery(query, field.getValue()), BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    for (List<String> names : entities) {
      Query entity = EntityNameQuery.of(analyzer, textField(), names);
      if (entity != null) {
        fields.add(entity, BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    if (clauses == 0) {
      return null;
    }
    if (ConsequenceQuestion.asks(words)) {
      Query consequences = ConsequenceQuestion.query(analyzer, textField());
      if (consequences != null) {
        fields.add(new BoostQuery(consequences, ConsequenceQuestion.BOOST), BooleanClause.Occur.SHOULD);
      }
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(fields.build(), BooleanClause.Occur.MUST);
    if (filter != null) {
      query.add(filter, BooleanClause.Occur.FILTER);
    }
    return query.build();
  }

  /** The text field if the retriever searches it, else its first field. */
  private String textField() {
    return lexicalFields.containsKey(IndexFields.TEXT) ? IndexFields.TEXT : lexicalFields.keySet().iterator().next();
  }

  private boolean hasVectors(IndexSearcher searcher) {
    return searcher.getIndexReader().leaves().stream()
        .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(vectorField) != null);
  }

  private static List<RankedHit> toHits(TopDocs topDocs) {
    List<RankedHit> hits = new ArrayList<>(topDocs.scoreDocs.length);
    for (ScoreDoc scoreDoc : topDocs.scoreDocs) {
      hits.add(new RankedHit(scoreDoc.doc, scoreDoc.score));
    }
    return hits;
  }
}
