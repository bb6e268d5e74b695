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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.ResourceFactory;
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

    private final TextExtractor textExtractor;
    private final DocumentDescriber describer = new DocumentDescriber();
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
     * Ingests files in order. Parsing, the costly part, runs ahead on a second thread while the graph takes
     * the previous file, so both cores work; the graph is still written in file order, one transaction each.
     * The index is committed at the end: a crash before that is repaired when the store next opens.
     */
    public IngestReport ingest(List<Path> paths, ProgressListener progress) {
        List<Path> files = SourceFiles.expand(paths);
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        ExecutorService parsing = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ingest-prepare");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            int next = 0;
            while (outcomes.size() < files.size()) {
                while (next < files.size() && ahead.size() < PARSE_AHEAD) {
                    Path file = files.get(next++);
                    ahead.add(parsing.submit(() -> prepare(file, file.toString())));
                }
                FileOutcome outcome = finish(await(ahead.poll()));
                outcomes.add(outcome);
                progress.fileDone(outcomes.size(), files.size(), outcome);
            }
        } finally {
            parsing.shutdownNow();
            index.commit();
        }
        return new IngestReport(outcomes);
    }

    /** Ingests one file and commits the index; {@code displayName} is how reports and errors name it. */
    public FileOutcome ingestFile(Path file, String displayName) {
        FileOutcome outcome = finish(prepare(file, displayName));
        index.commit();
        return outcome;
    }

    /** A file read and described, or the reason it could not be; made off the writing thread. */
    private record Prepared(String displayName, SourceDocument source, Findings findings, FileOutcome early,
                            Instant started) {
    }

    private Prepared prepare(Path file, String displayName) {
        Instant started = Instant.now();
        try {
            String sha256 = sha256(file, displayName);
            String known = documentWithVersion(sha256);
            if (known != null) {
                return new Prepared(displayName, null, null, FileOutcome.unchanged(displayName, known), started);
            }
            ParsedText parsed = textExtractor.extract(file, displayName);
            SourceDocument source = describer.describe(file, parsed, sha256);
            Findings findings = findingsExtractor.extract(source.text(), source.kind());
            return new Prepared(displayName, source, findings, null, started);
        } catch (IngestException e) {
            LOG.debug("failed to ingest {}", displayName, e);
            return new Prepared(displayName, null, null, FileOutcome.failed(displayName, e.kind(), e.reason()),
                    started);
        } catch (RuntimeException e) {
            LOG.warn("failed to ingest {}", displayName, e);
            return new Prepared(displayName, null, null, FileOutcome.failed(displayName, FailureKind.STORE,
                    e.getClass().getSimpleName() + ": " + e.getMessage()), started);
        }
    }

    private FileOutcome finish(Prepared prepared) {
        if (prepared.early() != null) {
            return prepared.early();
        }
        try {
            return store(prepared.source(), prepared.findings(), prepared.started(), prepared.displayName());
        } catch (RuntimeException e) {
            LOG.warn("failed to store {}", prepared.displayName(), e);
            return FileOutcome.failed(prepared.displayName(), FailureKind.STORE,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
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

    /** Stores a described document, for sources that are not files, such as pre-cut passages. */
    public FileOutcome store(SourceDocument source, Instant started, String displayName) {
        return store(source, findingsExtractor.extract(source.text(), source.kind()), started, displayName);
    }

    private FileOutcome store(SourceDocument described, Findings findings, Instant started, String displayName) {
        // The writer counts the graphs it touches (the document's, entities', vocabulary's), not the store.
        SourceDocument[] effective = {described};
        DocumentGraphWriter.Written written = store.write(() -> {
            effective[0] = distinctFromOtherFiles(described);
            DocumentGraphWriter.Written stored = graphWriter.write(store.dataset(), effective[0], findings, started);
            if (stored.outcome() == DocumentGraphWriter.Outcome.UNCHANGED) {
                return stored;
            }
            int linked = reportLinker.link(store.dataset(), effective[0]);
            return new DocumentGraphWriter.Written(stored.outcome(), stored.triplesAdded() + linked);
        });
        SourceDocument source = effective[0];
        if (written.outcome() == DocumentGraphWriter.Outcome.UNCHANGED) {
            return FileOutcome.unchanged(displayName, source.key());
        }
        reindexDocument(source.key());
        FileOutcome.Status status = written.outcome() == DocumentGraphWriter.Outcome.NEW_VERSION
                ? FileOutcome.Status.NEW_VERSION : FileOutcome.Status.STORED;
        return new FileOutcome(displayName, status, source.key(), source.provisions().size(),
                findings.rules().size(), written.triplesAdded(), null, null);
    }

    /**
     * Stores many small described documents, such as pre-cut passages, in one graph transaction and one
     * index commit: a transaction, a whole-store triple count and an index commit per passage would cost
     * more than the passages themselves. A document that fails is reported and the others are kept.
     */
    public List<FileOutcome> storeBatch(List<SourceDocument> sources) {
        Instant started = Instant.now();
        List<FileOutcome> outcomes = new ArrayList<>(sources.size());
        // Extraction is pure and may fail on one passage: run it before taking the write lock.
        Map<SourceDocument, Findings> extracted = new LinkedHashMap<>();
        for (SourceDocument source : sources) {
            try {
                extracted.put(source, findingsExtractor.extract(source.text(), source.kind()));
            } catch (RuntimeException e) {
                outcomes.add(failed(source.identifier(), e));
            }
        }
        List<FileOutcome> written;
        try {
            written = store.write(() -> writeAll(extracted, started));
        } catch (RuntimeException e) {
            // The batch transaction was aborted whole, so nothing of it is half-written. Store each passage in
            // a transaction of its own: the bad one is named, the others are kept.
            LOG.warn("a batch of {} passages failed; storing them one by one", extracted.size(), e);
            written = new ArrayList<>();
            for (Map.Entry<SourceDocument, Findings> entry : extracted.entrySet()) {
                try {
                    written.add(store(entry.getKey(), entry.getValue(), started, entry.getKey().identifier()));
                } catch (RuntimeException single) {
                    written.add(failed(entry.getKey().identifier(), single));
                }
            }
        }
        outcomes.addAll(written);
        Map<String, List<IndexableProvision>> view = new LinkedHashMap<>();
        for (FileOutcome outcome : written) {
            if (outcome.status() == FileOutcome.Status.STORED || outcome.status() == FileOutcome.Status.NEW_VERSION) {
                view.put(iris.document(outcome.documentId()), indexView.provisions(outcome.documentId()));
            }
        }
        index.replaceDocuments(view);
        index.commit();
        return outcomes;
    }

    private List<FileOutcome> writeAll(Map<SourceDocument, Findings> extracted, Instant started) {
        List<FileOutcome> outcomes = new ArrayList<>(extracted.size());
        extracted.forEach((source, findings) -> {
            DocumentGraphWriter.Written written = graphWriter.write(store.dataset(), source, findings, started);
            outcomes.add(written.outcome() == DocumentGraphWriter.Outcome.UNCHANGED
                    ? FileOutcome.unchanged(source.identifier(), source.key())
                    : new FileOutcome(source.identifier(),
                            written.outcome() == DocumentGraphWriter.Outcome.NEW_VERSION
                                    ? FileOutcome.Status.NEW_VERSION : FileOutcome.Status.STORED,
                            source.key(), source.provisions().size(), findings.rules().size(),
                            written.triplesAdded(), null, null));
        });
        return outcomes;
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
        String key = source.key() + "-" + CanonicalId.slug(source.fileName().replaceAll("\\.[^.]*$", ""));
        List<String> aliases = new ArrayList<>(source.alsoKnownAs());
        aliases.add(0, source.key());
        return new SourceDocument(key, source.identifier(), aliases, source.title(), source.kind(), source.issuer(),
                source.date(), source.jurisdiction(), source.language(), source.sourceUrl(), source.fileName(),
                source.mediaType(), source.sha256(), source.text(), source.provisions(), source.sample());
    }

    /**
     * Makes the index hold what the graph says about one document's current version; visible to searches
     * after the next {@link ProvisionIndex#commit}.
     */
    public void reindexDocument(String documentKey) {
        index.replaceDocument(iris.document(documentKey), indexView.provisions(documentKey));
    }

    private String documentWithVersion(String sha256) {
        return store.read(() -> {
            var versions = store.dataset().getUnionModel()
                    .listSubjectsWithProperty(Vocab.sha256, ResourceFactory.createPlainLiteral(sha256)).toList();
            return versions.stream()
                    .filter(version -> version.hasProperty(org.apache.jena.vocabulary.DCTerms.isVersionOf))
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
