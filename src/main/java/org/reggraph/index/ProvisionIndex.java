package org.reggraph.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.reggraph.graph.IndexableProvision;

/**
 * The Lucene view of the graph: one document per provision of each document's current version, keyed by
 * the provision's IRI. Writes replace a document's provisions as a whole; searchers are shared through a
 * {@link SearcherManager} and see a write after {@link #refresh}.
 */
public final class ProvisionIndex implements AutoCloseable {
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = ProvisionDocuments.facetsConfig();
    private final ProvisionDocuments documents = new ProvisionDocuments(facetsConfig);
    private final Analyzer analyzer = Analyzers.provisionAnalyzer();

    private ProvisionIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
    }

    public static ProvisionIndex open(Path folder) {
        try {
            return new ProvisionIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + folder, e);
        }
    }

    /** Replaces everything indexed for a document with its current provisions. */
    public void replaceDocument(String documentIri, List<IndexableProvision> provisions) {
        try {
            writer.deleteDocuments(new Term(IndexFields.DOCUMENT_IRI, documentIri));
            for (IndexableProvision provision : provisions) {
                Document doc = documents.toDocument(provision);
                writer.updateDocument(new Term(IndexFields.IRI, provision.iri()), doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + documentIri, e);
        }
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
            writer.commit();
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

    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** Document IRIs present in the index, for reconciling it with the graph. */
    public java.util.Set<String> documentIris() {
        return provisionIrisByDocument().keySet();
    }

    /**
     * The provision IRIs of every indexed document, by document IRI. Reads live documents only: doc values
     * keep the terms of deleted documents until a merge, and those must not count as indexed.
     */
    public java.util.Map<String, java.util.Set<String>> provisionIrisByDocument() {
        IndexSearcher searcher = acquire();
        try {
            java.util.Map<String, java.util.Set<String>> byDocument = new java.util.HashMap<>();
            for (var leaf : searcher.getIndexReader().leaves()) {
                var live = leaf.reader().getLiveDocs();
                var documentIris = leaf.reader().getSortedSetDocValues(IndexFields.DOCUMENT_IRI);
                var provisionIris = leaf.reader().getSortedSetDocValues(IndexFields.IRI);
                if (documentIris == null || provisionIris == null) {
                    continue;
                }
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && documentIris.advanceExact(doc)
                            && provisionIris.advanceExact(doc)) {
                        byDocument.computeIfAbsent(documentIris.lookupOrd(documentIris.nextOrd()).utf8ToString(),
                                key -> new java.util.HashSet<>())
                                .add(provisionIris.lookupOrd(provisionIris.nextOrd()).utf8ToString());
                    }
                }
            }
            return byDocument;
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
