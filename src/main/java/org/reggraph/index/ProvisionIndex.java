package org.reggraph.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.reggraph.graph.IndexableProvision;
import org.reggraph.index.analysis.ChineseText;
import org.reggraph.search.ranking.HybridRetriever;
import org.reggraph.search.ranking.LearntRanking;
import org.reggraph.search.ranking.LearntReranker;
import org.reggraph.search.semantic.LazyEmbedder;
import org.reggraph.search.semantic.SemanticMode;
import org.reggraph.search.semantic.VectorFields;

/**
 * The Lucene view of the graph: one document per provision of each document's current version, keyed by
 * the provision's IRI. Writes replace a document's provisions as a whole; searchers are shared through a
 * {@link SearcherManager} and see a write after {@link #refresh}.
 */
public final class ProvisionIndex implements AutoCloseable {
    /**
     * What a provision's Lucene document holds and how its text is analysed, as one number: raise it when
     * either changes, and an index written at another number (or before there was one) is rebuilt from the
     * graph when opened, since its terms no longer match what queries are analysed into. 2: web addresses
     * became one token. 3: the entities a provision names, a facet. 4: the part of an act a directive's
     * provision is in (preamble or operative text), a facet.
     */
    public static final String LAYOUT = "4";
    private static final String LAYOUT_KEY = "reggraph.layout";
    /** The semantic mode of the last write, so a repair or a rebuild embeds what the store's owner chose. */
    private static final String SEMANTIC_KEY = "reggraph.semantic";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = ProvisionDocuments.facetsConfig();
    private final ProvisionDocuments documents = new ProvisionDocuments(facetsConfig);
    private final Analyzer analyzer = Analyzers.provisionAnalyzer();
    private final Analyzer questionAnalyzer = Analyzers.questionAnalyzer();
    private final LazyEmbedder embedder;
    private final LearntReranker reranker;
    private volatile SemanticMode semanticMode = SemanticMode.PASSAGES;
    /** The layout of the last commit, this code's once it has committed. */
    private volatile String layoutCommitted;

    private ProvisionIndex(Directory directory, LearntRanking ranking) throws IOException {
        this.directory = directory;
        this.embedder = LazyEmbedder.tuned(ranking.questionMap());
        this.reranker = ranking.reranker() ? LearntReranker.shipped(questionAnalyzer, analyzer) : null;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setSimilarity(HybridRetriever.tunedSimilarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(HybridRetriever.tunedSimilarity());
                return searcher;
            }
        });
        Map<String, String> committed = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
        }
        this.layoutCommitted = writer.getDocStats().maxDoc == 0 ? LAYOUT : committed.get(LAYOUT_KEY);
        if (committed.containsKey(SEMANTIC_KEY)) {
            this.semanticMode = SemanticMode.parse(committed.get(SEMANTIC_KEY));
        }
    }

    /** @param ranking which learnt parts rank questions over this index (see {@code AppConfig}) */
    public static ProvisionIndex open(Path folder, LearntRanking ranking) {
        try {
            return new ProvisionIndex(FSDirectory.open(folder), ranking);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + folder, e);
        }
    }

    /** Replaces everything indexed for a document with its current provisions. */
    public void replaceDocument(String documentIri, List<IndexableProvision> provisions) {
        replaceDocuments(Map.of(documentIri, provisions));
    }

    /**
     * Replaces several documents at once, so the provisions that get vectors are embedded in one batch
     * ({@link SemanticMode} decides which). Chinese provisions never get one: the embedding model was
     * trained on English, and its vector of a Chinese passage would put it near unrelated English ones.
     */
    public void replaceDocuments(Map<String, List<IndexableProvision>> provisionsByDocument) {
        List<IndexableProvision> toEmbed = provisionsByDocument.values().stream().flatMap(List::stream)
                .filter(provision -> semanticMode.embeds(provision.kind()))
                .filter(provision -> !ChineseText.isChinese(provision.language(), provision.text())).toList();
        Map<String, float[]> vectors = new HashMap<>();
        if (!toEmbed.isEmpty()) {
            List<float[]> embedded = embedder.get().embedPassages(toEmbed.stream().map(IndexableProvision::text).toList());
            for (int i = 0; i < toEmbed.size(); i++) {
                vectors.put(toEmbed.get(i).iri(), embedded.get(i));
            }
        }
        for (Map.Entry<String, List<IndexableProvision>> entry : provisionsByDocument.entrySet()) {
            try {
                writer.deleteDocuments(new Term(IndexFields.DOCUMENT_IRI, entry.getKey()));
                for (IndexableProvision provision : entry.getValue()) {
                    Document doc = documents.toDocument(provision);
                    float[] vector = vectors.get(provision.iri());
                    if (vector != null) {
                        doc.add(VectorFields.vector(IndexFields.VECTOR, vector));
                    }
                    // A provision's IRI lies under its document's, so the delete above already removed any
                    // earlier copy: adding is enough, and spares a delete term per provision.
                    writer.addDocument(doc);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index " + entry.getKey(), e);
            }
        }
    }

    /**
     * Whether this index was written with another analysis or document layout than this code's (see
     * {@link #LAYOUT}): an empty index never is. The store then rebuilds it from the graph.
     */
    public boolean isOutdated() {
        return !LAYOUT.equals(layoutCommitted);
    }

    /**
     * Which provisions get a dense vector from now on; already indexed ones keep theirs until reindexed. The
     * mode is committed with the index, and an index opened again keeps it until told otherwise.
     */
    public void setSemanticMode(SemanticMode mode) {
        this.semanticMode = mode;
    }

    public SemanticMode semanticMode() {
        return semanticMode;
    }

    /** The model that embedded the indexed vectors; questions must be embedded by the same one. */
    public LazyEmbedder embedder() {
        return embedder;
    }

    /**
     * Reorders the top of fused question rankings, or null when switched off. It belongs with the index as
     * the embedder does: it was trained on this model's (mapped) question vectors.
     */
    public LearntReranker reranker() {
        return reranker;
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the search index", e);
        }
    }

    /** Makes writes durable and visible to new searches. */
    public void commit() {
        try {
            writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT, SEMANTIC_KEY, semanticMode.name()).entrySet());
            writer.commit();
            layoutCommitted = LAYOUT;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    public IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a searcher", e);
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release a searcher", e);
        }
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** How questions are read against the same fields (their form words dropped). */
    public Analyzer questionAnalyzer() {
        return questionAnalyzer;
    }

    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /**
     * The version each indexed document is indexed at (document IRI to version IRI), counting live
     * documents only, for reconciling the index with the graph.
     */
    public Map<String, String> indexedVersions() {
        IndexSearcher searcher = acquire();
        try {
            Map<String, String> versions = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document fields = stored.document(leaf.docBase + doc,
                                Set.of(IndexFields.DOCUMENT_IRI, IndexFields.VERSION_IRI));
                        versions.putIfAbsent(fields.get(IndexFields.DOCUMENT_IRI), fields.get(IndexFields.VERSION_IRI));
                    }
                }
            }
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
