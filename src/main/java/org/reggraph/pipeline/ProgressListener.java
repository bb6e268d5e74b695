package org.reggraph.pipeline;

/** Hears about each file as a batch goes; the command line draws progress from it. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener SILENT = (done, total, outcome) -> { };

    void fileDone(int done, int total, FileOutcome outcome);
}
