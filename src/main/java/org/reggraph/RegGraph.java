package org.reggraph;

import java.util.List;
import java.util.Map;
import org.reggraph.config.AppConfig;
import org.reggraph.graph.EntityReader;
import org.reggraph.graph.GraphReader;
import org.reggraph.graph.GraphStore;
import org.reggraph.graph.Iris;
import org.reggraph.graph.ProvisionContextReader;
import org.reggraph.graph.RuleReader;
import org.reggraph.index.ProvisionIndex;
import org.reggraph.ingest.TextExtractor;
import org.reggraph.extract.Extractor;
import org.reggraph.pipeline.FindingsExtractor;
import org.reggraph.pipeline.IngestPipeline;
import org.reggraph.search.EntityAliases;
import org.reggraph.search.NamedInstruments;
import org.reggraph.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: opens a data folder (graph and index), reconciles the index with the graph, and
 * builds every service from one {@link AppConfig}. The command line and the tests build RegGraph the same
 * way. Closing it releases the folder.
 */
public final class RegGraph implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RegGraph.class);

    private final AppConfig config;
    private final DataFolderLock lock;
    private final GraphStore store;
    private final ProvisionIndex index;
    private final TextExtractor textExtractor;
    private final Iris iris;
    private final IngestPipeline pipeline;
    private final SearchService search;
    private final GraphReader graphReader;
    private final RuleReader ruleReader;
    private final EntityReader entityReader;
    private final ProvisionContextReader provisionContexts;
    /** One graph edit is followed at a time, so the last reindex reads the last committed graph. */
    private final Object graphEditFollowing = new Object();

    private RegGraph(AppConfig config, FindingsExtractor extractor) {
        this.config = config;
        this.lock = DataFolderLock.acquire(config.dataDir());
        try {
            this.store = GraphStore.open(config.graphDir());
            this.index = ProvisionIndex.open(config.indexDir(), config.learntRanking());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        this.iris = new Iris(config.baseIri());
        this.textExtractor = new TextExtractor(config.maxTextChars(), config.parseTimeout());
        this.pipeline = new IngestPipeline(textExtractor, extractor, store, iris, softwareVersion(), index);
        this.graphReader = new GraphReader(store, iris);
        this.ruleReader = new RuleReader(store, iris);
        this.entityReader = new EntityReader(store, iris);
        this.search = new SearchService(index, new EntityAliases(entityReader), new NamedInstruments(entityReader),
                config.queryTimeout());
        this.provisionContexts = new ProvisionContextReader(store, graphReader);
    }

    public static RegGraph open(AppConfig config) {
        return open(config, defaultExtractor());
    }

    /** Opens with another extraction stage; tests use it to pin what the graph does with given findings. */
    public static RegGraph open(AppConfig config, FindingsExtractor extractor) {
        RegGraph regGraph = new RegGraph(config, extractor);
        if (regGraph.index.isOutdated()) {
            LOG.warn("the search index at {} was written with an earlier analysis of the text; rebuilding it from "
                    + "the graph (a large store takes minutes)", config.indexDir());
            LOG.info("rebuilt the search index: {} documents", regGraph.reindex());
        } else {
            regGraph.reconcileIndex();
        }
        return regGraph;
    }

    /** Opens without bringing the index up to date first, for a caller about to rebuild it anyway. */
    public static RegGraph openToRebuild(AppConfig config) {
        return new RegGraph(config, defaultExtractor());
    }

    static FindingsExtractor defaultExtractor() {
        return new Extractor()::extract;
    }

    /**
     * Repairs the index after a crash between a graph commit and an index commit: a document whose current
     * version in the graph is not the one indexed is indexed again, and documents no longer in the graph
     * are removed from the index.
     */
    public void reconcileIndex() {
        Map<String, String> inGraph = graphReader.currentVersions();
        Map<String, String> inIndex = index.indexedVersions();
        int repaired = 0;
        for (Map.Entry<String, String> current : inGraph.entrySet()) {
            if (!current.getValue().equals(inIndex.get(current.getKey()))) {
                pipeline.reindexDocument(iris.documentKeyOf(current.getKey()));
                repaired++;
            }
        }
        for (String stale : inIndex.keySet()) {
            if (!inGraph.containsKey(stale)) {
                index.replaceDocument(stale, List.of());
                repaired++;
            }
        }
        if (repaired > 0) {
            index.commit();
            LOG.info("reconciled the search index with the graph: {} documents repaired", repaired);
        }
    }

    /** Rebuilds the whole index from the graph alone. */
    public int reindex() {
        index.deleteAll();
        List<String> keys = graphReader.documentKeys();
        for (String key : keys) {
            pipeline.reindexDocument(key);
        }
        index.commit();
        return keys.size();
    }

    /**
     * Makes the index follow a direct edit of one named graph (a Graph Store Protocol write): when the graph
     * is a document's, its provisions are indexed again from what the graph now holds, and an emptied
     * document leaves the index. Other graphs have no view to follow.
     */
    public void followGraphEdit(String graphIri) {
        String key = iris.documentKeyOf(graphIri);
        if (key == null || !graphIri.equals(iris.document(key))) {
            return;
        }
        synchronized (graphEditFollowing) {
            pipeline.reindexDocument(key);
            index.commit();
        }
    }

    public static String softwareVersion() {
        String version = RegGraph.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    public AppConfig config() {
        return config;
    }

    public GraphStore store() {
        return store;
    }

    public ProvisionIndex index() {
        return index;
    }

    public Iris iris() {
        return iris;
    }

    public IngestPipeline pipeline() {
        return pipeline;
    }

    public SearchService search() {
        return search;
    }

    public GraphReader graph() {
        return graphReader;
    }

    public RuleReader rules() {
        return ruleReader;
    }

    public EntityReader entities() {
        return entityReader;
    }

    public ProvisionContextReader provisionContexts() {
        return provisionContexts;
    }

    @Override
    public void close() {
        try {
            textExtractor.close();
            index.close();
            store.close();
        } finally {
            lock.close();
        }
    }
}
