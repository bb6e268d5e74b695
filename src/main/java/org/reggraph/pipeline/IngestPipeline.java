package org.reggraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.rdf.model.ResourceFactory;
import org.reggraph.graph.DocumentGraphWriter;
import org.reggraph.graph.GraphStore;
import org.reggraph.graph.IndexViewReader;
import org.reggraph.graph.Iris;
import org.reggraph.graph.Vocab;
import org.reggraph.index.ProvisionIndex;
import org.reggraph.ingest.DocumentDescriber;
import org.reggraph.ingest.FailureKind;
import org.reggraph.ingest.IngestException;
import org.reggraph.ingest.ParsedText;
import org.reggraph.ingest.TextExtractor;
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

    private final TextExtractor textExtractor;
    private final DocumentDescriber describer = new DocumentDescriber();
    private final FindingsExtractor findingsExtractor;
    private final GraphStore store;
    private final DocumentGraphWriter graphWriter;
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
        this.indexView = new IndexViewReader(store, iris);
        this.index = index;
    }

    public IngestReport ingest(List<Path> paths, ProgressListener progress) {
        List<Path> files = SourceFiles.expand(paths);
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        for (Path file : files) {
            FileOutcome outcome = ingestFile(file, file.toString());
            outcomes.add(outcome);
            progress.fileDone(outcomes.size(), files.size(), outcome);
        }
        return new IngestReport(outcomes);
    }

    /** Ingests one file; {@code displayName} is how reports and errors name it. */
    public FileOutcome ingestFile(Path file, String displayName) {
        Instant started = Instant.now();
        try {
            String sha256 = sha256(file, displayName);
            String known = documentWithVersion(sha256);
            if (known != null) {
                return FileOutcome.unchanged(displayName, known);
            }
            ParsedText parsed = textExtractor.extract(file, displayName);
            SourceDocument source = describer.describe(file, parsed, sha256);
            return store(source, started, displayName);
        } catch (IngestException e) {
            LOG.debug("failed to ingest {}", displayName, e);
            return FileOutcome.failed(displayName, e.kind(), e.reason());
        } catch (RuntimeException e) {
            LOG.warn("failed to ingest {}", displayName, e);
            return FileOutcome.failed(displayName, FailureKind.STORE, e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    /** Stores a described document, for sources that are not files, such as pre-cut passages. */
    public FileOutcome store(SourceDocument source, Instant started, String displayName) {
        Findings findings = findingsExtractor.extract(source.text(), source.kind());
        record Written(DocumentGraphWriter.Outcome outcome, long triples) {
        }
        Written written = store.write(() -> {
            long before = store.dataset().asDatasetGraph().stream().count();
            DocumentGraphWriter.Outcome outcome = graphWriter.write(store.dataset(), source, findings, started);
            long after = outcome == DocumentGraphWriter.Outcome.UNCHANGED ? before
                    : store.dataset().asDatasetGraph().stream().count();
            return new Written(outcome, after - before);
        });
        if (written.outcome() == DocumentGraphWriter.Outcome.UNCHANGED) {
            return FileOutcome.unchanged(displayName, source.key());
        }
        reindexDocument(source.key());
        FileOutcome.Status status = written.outcome() == DocumentGraphWriter.Outcome.NEW_VERSION
                ? FileOutcome.Status.NEW_VERSION : FileOutcome.Status.STORED;
        return new FileOutcome(displayName, status, source.key(), source.provisions().size(),
                findings.rules().size(), written.triples(), null, null);
    }

    /**
     * Stores many small described documents, such as pre-cut passages, in one graph transaction and one
     * index commit: a transaction, a whole-store triple count and an index commit per passage would cost
     * more than the passages themselves. A document that fails is reported and the others are kept.
     */
    public List<FileOutcome> storeBatch(List<SourceDocument> sources) {
        Instant started = Instant.now();
        List<FileOutcome> outcomes = new ArrayList<>(sources.size());
        List<String> changed = new ArrayList<>();
        store.write(() -> {
            for (SourceDocument source : sources) {
                try {
                    Findings findings = findingsExtractor.extract(source.text(), source.kind());
                    DocumentGraphWriter.Outcome outcome = graphWriter.write(store.dataset(), source, findings, started);
                    if (outcome == DocumentGraphWriter.Outcome.UNCHANGED) {
                        outcomes.add(FileOutcome.unchanged(source.identifier(), source.key()));
                        continue;
                    }
                    long triples = store.dataset().getNamedModel(iris.document(source.key())).size();
                    outcomes.add(new FileOutcome(source.identifier(),
                            outcome == DocumentGraphWriter.Outcome.NEW_VERSION ? FileOutcome.Status.NEW_VERSION
                                    : FileOutcome.Status.STORED,
                            source.key(), source.provisions().size(), findings.rules().size(), triples, null, null));
                    changed.add(source.key());
                } catch (RuntimeException e) {
                    LOG.warn("failed to store {}", source.identifier(), e);
                    outcomes.add(FileOutcome.failed(source.identifier(), FailureKind.STORE,
                            e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
            }
            return null;
        });
        java.util.Map<String, List<org.reggraph.graph.IndexableProvision>> view = new java.util.LinkedHashMap<>();
        for (String key : changed) {
            view.put(iris.document(key), indexView.provisions(key));
        }
        index.replaceDocuments(view);
        index.commit();
        return outcomes;
    }

    /** Makes the index hold exactly what the graph says about one document's current version. */
    public void reindexDocument(String documentKey) {
        index.replaceDocument(iris.document(documentKey), indexView.provisions(documentKey));
        index.commit();
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
