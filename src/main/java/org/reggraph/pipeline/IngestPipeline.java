package org.reggraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.reggraph.extract.EntityCatalog;
import org.reggraph.graph.DocumentGraphWriter;
import org.reggraph.graph.GraphStore;
import org.reggraph.graph.IndexViewReader;
import org.reggraph.graph.IndexableProvision;
import org.reggraph.graph.Iris;
import org.reggraph.graph.ReportLinker;
import org.reggraph.graph.Vocab;
import org.reggraph.index.ProvisionIndex;
import org.reggraph.ingest.DocumentDescriber;
import org.reggraph.ingest.FailureKind;
import org.reggraph.ingest.IngestException;
import org.reggraph.ingest.ParsedText;
import org.reggraph.ingest.TextExtractor;
import org.reggraph.model.CanonicalId;
import org.reggraph.model.Findings;
import org.reggraph.model.SourceDocument;
import org.reggraph.model.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest, one file at a time: hash, parse, describe and segment, extract, store in the graph in one
 * transaction, then index what the graph now holds. A file already stored byte for byte is recognised by
 * its hash before any parsing. A failing file is counted and named; the batch goes on.
 */
public final class IngestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);
    /** Files parsed ahead of the one being stored; two keep both cores busy without holding many texts. */
    static final int PARSE_AHEAD = 2;
    /**
     * A group of files shares one graph transaction (see {@link #writeGroup}); these bounds keep a group's
     * texts and findings, held until the commit, to a few megabytes and the progress shown steady.
     */
    static final int GROUP_FILES = 16;
    static final long GROUP_CHARS = 4_000_000;

    private final TextExtractor textExtractor;
    private final DocumentDescriber describer = new DocumentDescriber();
    private final InstrumentTitles instrumentTitles = new InstrumentTitles(EntityCatalog.standard());
    private final CodeCompilations codeCompilations = new CodeCompilations();
    private final FindingsExtractor findingsExtractor;
    private final GraphStore store;
    private final DocumentGraphWriter graphWriter;
    private final ReportLinker reportLinker;
    private final IndexViewReader indexView;
    private final ProvisionIndex index;
    private final Iris iris;

    public IngestPipeline(TextExtractor textExtractor, FindingsExtractor findingsExtractor, GraphStore store,
                          Iris iris, String softwareVersion, ProvisionIndex index) {
        this.textExtractor = textExtractor;
        this.findingsExtractor = findingsExtractor;
        this.store = store;
        this.iris = iris;
        this.graphWriter = new DocumentGraphWriter(iris, softwareVersion);
        this.reportLinker = new ReportLinker(iris);
        this.indexView = new IndexViewReader(store, iris);
        this.index = index;
    }

    /**
     * Ingests files in order, on three threads so both cores stay busy: parsing and extraction run ahead of
     * the graph, the graph is written in file order a group of files per transaction (see
     * {@link #writeGroup}), and the index reads each committed group back from the graph while the next one is
     * written. The index is committed at the end: a crash before that is repaired when the store next opens.
     */
    public IngestReport ingest(List<Path> paths, ProgressListener progress) {
        return ingest(paths, progress, StoredFiles.SKIP);
    }

    /** As {@link #ingest(List, ProgressListener)}, deciding what to do with files already stored. */
    public IngestReport ingest(List<Path> paths, ProgressListener progress, StoredFiles storedFiles) {
        List<Path> files = SourceFiles.expand(paths);
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        ExecutorService parsing = Executors.newSingleThreadExecutor(daemon("ingest-prepare"));
        ExecutorService indexing = Executors.newSingleThreadExecutor(daemon("ingest-index"));
        List<Future<?>> indexed = new ArrayList<>();
        try {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            List<Prepared> group = new ArrayList<>();
            int next = 0;
            while (outcomes.size() < files.size()) {
                while (next < files.size() && ahead.size() < PARSE_AHEAD) {
                    Path file = files.get(next++);
                    ahead.add(parsing.submit(() -> prepare(file, file.toString(), storedFiles)));
                }
                group.add(await(ahead.poll()));
                boolean last = outcomes.size() + group.size() == files.size();
                if (last || group.size() == GROUP_FILES || textLength(group) >= GROUP_CHARS) {
                    WrittenGroup written = writeGroup(group);
                    indexed.add(indexing.submit(() -> index(written.documentKeys())));
                    for (FileOutcome outcome : written.outcomes()) {
                        outcomes.add(outcome);
                        progress.fileDone(outcomes.size(), files.size(), outcome);
                    }
                    group.clear();
                }
            }
            indexed.forEach(IngestPipeline::awaitIndexing);
        } finally {
            parsing.shutdownNow();
            indexing.shutdown();
            index.commit();
        }
        return new IngestReport(outcomes);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The graph holds the documents whatever happens to their indexing, and the index is a view of it: a
     * failure here is logged, not reported as a failed file, and the next open of the store repairs the view.
     */
    private static void awaitIndexing(Future<?> indexing) {
        try {
            indexing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            LOG.warn("indexing stored documents failed; the index is rebuilt from the graph when the store next "
                    + "opens", e.getCause());
        }
    }

    /** Ingests one file and commits the index; {@code displayName} is how reports and errors name it. */
    public FileOutcome ingestFile(Path file, String displayName) {
        WrittenGroup written = writeGroup(List.of(prepare(file, displayName, StoredFiles.SKIP)));
        index(written.documentKeys());
        index.commit();
        FileOutcome outcome = written.outcomes().get(0);
        return outcome;
    }

    /**
     * Stores many small described documents, such as pre-cut passages, as one group: one graph transaction
     * and one index commit, since a transaction and a commit per passage would cost more than the passages
     * themselves. A document that fails is reported and the others are kept.
     */
    public List<FileOutcome> storeBatch(List<SourceDocument> sources) {
        Instant started = Instant.now();
        List<Prepared> prepared = new ArrayList<>(sources.size());
        for (SourceDocument source : sources) {
            prepared.add(extracted(source.identifier(), source, List.of(), started, false));
        }
        WrittenGroup written = writeGroup(prepared);
        index(written.documentKeys());
        index.commit();
        return written.outcomes();
    }

    /** A file read and described, or the reason it could not be; made off the writing thread. */
    private record Prepared(String displayName, SourceDocument source, Findings findings, FileOutcome early,
                            Instant started, boolean rederive) {
    }

    private Prepared prepare(Path file, String displayName, StoredFiles storedFiles) {
        Instant started = Instant.now();
        try {
            String sha256 = sha256(file, displayName);
            String known = documentCurrentlyAt(sha256);
            if (known != null && storedFiles == StoredFiles.SKIP) {
                return new Prepared(displayName, null, null, FileOutcome.unchanged(displayName, known), started,
                        false);
            }
            ParsedText parsed = textExtractor.extract(file, displayName);
            SourceDocument source = codeCompilations.identify(
                    instrumentTitles.identify(describer.describe(file, parsed, sha256)));
            // Derived again, a document keeps the identity it was stored under, whatever this software reads
            // its identity as now: its IRI, and every link to it, stay.
            return known == null ? extracted(displayName, source, parsed.headings(), started, false)
                    : extracted(displayName, source.withKey(known), parsed.headings(), started, true);
        } catch (IngestException e) {
            LOG.debug("failed to ingest {}", displayName, e);
            return new Prepared(displayName, null, null, FileOutcome.failed(displayName, e.kind(), e.reason()),
                    started, false);
        } catch (RuntimeException e) {
            return new Prepared(displayName, null, null, failed(displayName, e), started, false);
        }
    }

    /** Extraction is pure and may fail on one document: it runs before the write lock is taken. */
    private Prepared extracted(String displayName, SourceDocument source, List<Span> headings, Instant started,
                               boolean rederive) {
        try {
            return new Prepared(displayName, source, findingsExtractor.extract(source.text(), source.kind(), headings),
                    null, started, rederive);
        } catch (RuntimeException e) {
            return new Prepared(displayName, null, null, failed(displayName, e), started, false);
        }
    }

    private static Prepared await(Future<Prepared> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("preparing a file failed unexpectedly", e.getCause());
        }
    }

    private static long textLength(List<Prepared> group) {
        return group.stream().filter(prepared -> prepared.source() != null)
                .mapToLong(prepared -> prepared.source().text().length()).sum();
    }

    /** A document written in the open transaction, with the identity it was stored under. */
    private record Stored(Prepared prepared, SourceDocument source, DocumentGraphWriter.Written written) {
    }

    /**
     * Stores prepared documents in one graph transaction, then indexes what the graph now holds for them.
     * Committing a transaction flushes every index page it touched to disk, and consecutive documents touch
     * many of the same pages, so a transaction per document would cost more than the writes. When one
     * document fails, the whole transaction is aborted (nothing of it is half-written) and the group is stored
     * again one document per transaction: the bad one is named, the others are kept. Outcomes come back in
     * the group's order, with the keys of the documents whose current version changed, to index.
     */
    private WrittenGroup writeGroup(List<Prepared> group) {
        List<Prepared> toWrite = group.stream().filter(prepared -> prepared.early() == null).toList();
        Map<Prepared, FileOutcome> outcomes = new IdentityHashMap<>();
        List<Stored> stored = new ArrayList<>(toWrite.size());
        try {
            stored.addAll(store.write(() -> toWrite.stream().map(this::write).toList()));
        } catch (RuntimeException e) {
            if (toWrite.size() == 1) {
                outcomes.put(toWrite.get(0), failed(toWrite.get(0).displayName(), e));
            } else {
                LOG.warn("a group of {} documents failed to store; storing them one by one", toWrite.size(), e);
                for (Prepared prepared : toWrite) {
                    try {
                        stored.add(store.write(() -> write(prepared)));
                    } catch (RuntimeException single) {
                        outcomes.put(prepared, failed(prepared.displayName(), single));
                    }
                }
            }
        }
        List<String> changed = new ArrayList<>();
        for (Stored document : stored) {
            outcomes.put(document.prepared(), outcome(document));
            if (document.written().outcome() != DocumentGraphWriter.Outcome.UNCHANGED) {
                changed.add(document.source().key());
            }
        }
        return new WrittenGroup(group.stream()
                .map(prepared -> prepared.early() != null ? prepared.early() : outcomes.get(prepared)).toList(),
                changed);
    }

    /** What a group's transaction did: an outcome per file, and the documents whose current version changed. */
    private record WrittenGroup(List<FileOutcome> outcomes, List<String> documentKeys) {
    }

    /** Makes the index hold what the graph says about these documents; visible after the next commit. */
    private void index(List<String> documentKeys) {
        Map<String, List<IndexableProvision>> view = new LinkedHashMap<>();
        for (String key : documentKeys) {
            view.put(iris.document(key), indexView.provisions(key));
        }
        index.replaceDocuments(view);
    }

    /** Writes one document in the caller's write transaction, with the links from news to acts it adds. */
    private Stored write(Prepared prepared) {
        SourceDocument source = prepared.rederive() ? prepared.source() : distinctFromOtherFiles(prepared.source());
        DocumentGraphWriter.Written written = prepared.rederive()
                ? graphWriter.rederive(store.dataset(), source, prepared.findings(), prepared.started())
                : graphWriter.write(store.dataset(), source, prepared.findings(), prepared.started());
        if (written.outcome().changedCurrentVersion()) {
            int linked = reportLinker.link(store.dataset(), source);
            written = new DocumentGraphWriter.Written(written.outcome(), written.triplesAdded() + linked);
        }
        return new Stored(prepared, source, written);
    }

    private static FileOutcome outcome(Stored document) {
        SourceDocument source = document.source();
        return switch (document.written().outcome()) {
            case UNCHANGED, RELOCATED -> FileOutcome.unchanged(document.prepared().displayName(), source.key());
            case STORED, NEW_VERSION, RESTORED, REDERIVED -> new FileOutcome(document.prepared().displayName(),
                    switch (document.written().outcome()) {
                        case STORED -> FileOutcome.Status.STORED;
                        case REDERIVED -> FileOutcome.Status.REDERIVED;
                        default -> FileOutcome.Status.NEW_VERSION;
                    },
                    source.key(), source.provisions().size(), document.prepared().findings().rules().size(),
                    document.written().triplesAdded(), null, null);
        };
    }

    private static FileOutcome failed(String name, RuntimeException e) {
        LOG.warn("failed to store {}", name, e);
        return FileOutcome.failed(name, FailureKind.STORE, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /**
     * Two files that declare the same identity are two documents, not two versions, when their names differ:
     * a publication and an extract of it ("NIST_AI_600-1_GenAI_Profile.md" and "..._actions.json") both name
     * NIST AI 600-1, but the second must not replace the first. The later file gets its own key, derived from
     * its name, and keeps the shared one as an alias so citations still resolve. A changed file under the
     * same name is a new version, as before. Runs in the write transaction, so the check and the write agree.
     */
    private SourceDocument distinctFromOtherFiles(SourceDocument source) {
        String existingFile = graphWriter.currentFileName(store.dataset(), source.key());
        if (existingFile == null || existingFile.equals(source.fileName())) {
            return source;
        }
        return source.withKey(source.key() + "-" + CanonicalId.slug(source.fileName().replaceAll("\\.[^.]*$", "")));
    }

    /**
     * Makes the index hold what the graph says about one document's current version; visible to searches
     * after the next {@link ProvisionIndex#commit}.
     */
    public void reindexDocument(String documentKey) {
        index(List.of(documentKey));
    }

    private String documentCurrentlyAt(String sha256) {
        return store.read(() -> {
            Model union = store.dataset().getUnionModel();
            var versions = union.listSubjectsWithProperty(Vocab.sha256, ResourceFactory.createPlainLiteral(sha256)).toList();
            // Only a current version: the bytes of an earlier one are parsed again, and the writer restores it.
            return versions.stream()
                    .filter(version -> union.contains(null, Vocab.currentVersion, version))
                    .map(version -> iris.documentKeyOf(version.getURI()))
                    .findFirst().orElse(null);
        });
    }

    static String sha256(Path file, String displayName) throws IngestException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new IngestException(FailureKind.UNREADABLE, displayName, "cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
