package org.reggraph.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reggraph.ingest.FailureKind;
import org.reggraph.ingest.JsonlPassageReader;
import org.reggraph.model.SourceDocument;

/**
 * Ingests passage collections in JSONL (Anserini's JsonCollection): every passage becomes a document
 * of kind passage with one provision, stored and indexed in batches through
 * {@link IngestPipeline#storeBatch}. A bad line is a failed outcome named {@code file:line}; the rest
 * of the file goes on.
 */
public final class PassageCollectionIngest {

  /** Passages per graph transaction and index commit (and per embedding batch). */
  static final int BATCH = 1_000;

  private final IngestPipeline pipeline;

  public PassageCollectionIngest(IngestPipeline pipeline) {
    this.pipeline = pipeline;
  }

  public IngestReport ingest(List<Path> files, ProgressListener progress) {
    List<FileOutcome> outcomes = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      List<SourceDocument> batch = new ArrayList<>(BATCH);
      try {
        JsonlPassageReader.Counts counts = JsonlPassageReader.read(file, passage -> {
          batch.add(passage.toSourceDocument(fileName));
          if (batch.size() == BATCH) {
            flush(batch, outcomes, progress);
          }
        });
        flush(batch, outcomes, progress);
        for (String bad : counts.badLines()) {
          outcomes.add(FileOutcome.failed(bad.substring(0, bad.indexOf(": ")), FailureKind.CORRUPT,
              bad.substring(bad.indexOf(": ") + 2)));
        }
      } catch (IOException e) {
        outcomes.add(FileOutcome.failed(file.toString(), FailureKind.UNREADABLE, e.getMessage()));
      }
    }
    return new IngestReport(outcomes);
  }

  private void flush(List<SourceDocument> batch, List<FileOutcome> outcomes, ProgressListener progress) {
    if (batch.isEmpty()) {
      return;
    }
    List<FileOutcome> stored = pipeline.storeBatch(batch);
    outcomes.addAll(stored);
    // One progress line per batch: a line per passage would flood a log with thousands.
    progress.fileDone(outcomes.size(), 0, stored.get(stored.size() - 1));
    batch.clear();
  }
}
