package org.reggraph.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The system of record: a TDB2 dataset in which every document is a named graph and the default graph is
 * their union. Every access runs inside a transaction, and one JVM owns the location.
 */
public final class GraphStore implements AutoCloseable {
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
        return new GraphStore(TDB2Factory.connectDataset(directory.toString()));
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
