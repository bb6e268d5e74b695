package org.reggraph.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;

/**
 * The system of record: a TDB2 dataset in which every document is a named graph and the default graph is
 * their union. Every access runs inside a transaction, and one JVM owns the location.
 */
public final class GraphStore implements AutoCloseable {
    /**
     * Every fact lives in a document's named graph and the default graph is their union, so a quad is found
     * either with its graph known (GSPO: a document's own graph, graph-scoped reads) or across all graphs by
     * subject, predicate or object (SPOG, POSG, OSPG: the union default graph, which is what SPARQL queries
     * and the API read). TDB2's two other default quad indexes, GPOS and GOSP, would only speed up
     * graph-scoped patterns with an unbound subject, which a document graph small enough to scan answers
     * anyway; each index costs a B+tree insert per quad, the largest part of ingest. Stores created before
     * keep the indexes they were created with.
     */
    static final String[] QUAD_INDEXES = {"GSPO", "SPOG", "POSG", "OSPG"};

    private final Dataset dataset;
    /** Bumped by every write, so views cached from the graph know when they are stale. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private GraphStore(Dataset dataset) {
        this.dataset = dataset;
        // SPARQL sees the documents' graphs merged as its default graph, as integrators expect.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static GraphStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create graph folder " + directory, e);
        }
        StoreParams params = StoreParamsBuilder.create().quadIndexes(QUAD_INDEXES).build();
        return new GraphStore(DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(directory), params)));
    }

    public Dataset dataset() {
        return dataset;
    }

    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    public <T> T write(Supplier<T> action) {
        try {
            return Txn.calculateWrite(dataset, action);
        } finally {
            generation.incrementAndGet();
        }
    }

    public long generation() {
        return generation.get();
    }

    public boolean isEmpty() {
        return read(() -> !dataset.listNames().hasNext());
    }

    @Override
    public void close() {
        dataset.close();
        // TDB2 keeps a location open per JVM until expelled; tests and reopen-after-close need it released.
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
