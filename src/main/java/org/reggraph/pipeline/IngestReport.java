package org.reggraph.pipeline;

import java.util.List;

/** The counters of a batch, and every file's outcome, failures named with their reasons. */
public record IngestReport(List<FileOutcome> outcomes) {
    public IngestReport {
        outcomes = List.copyOf(outcomes);
    }

    public int seen() {
        return outcomes.size();
    }

    public long stored() {
        return count(FileOutcome.Status.STORED) + count(FileOutcome.Status.NEW_VERSION);
    }

    public long newVersions() {
        return count(FileOutcome.Status.NEW_VERSION);
    }

    /** Files already stored whose derivation was replaced ({@link StoredFiles#REDERIVE}). */
    public long rederived() {
        return count(FileOutcome.Status.REDERIVED);
    }

    public long unchanged() {
        return count(FileOutcome.Status.UNCHANGED);
    }

    public long failed() {
        return count(FileOutcome.Status.FAILED);
    }

    public long provisions() {
        return outcomes.stream().mapToLong(FileOutcome::provisions).sum();
    }

    public long rules() {
        return outcomes.stream().mapToLong(FileOutcome::rules).sum();
    }

    public long triples() {
        return outcomes.stream().mapToLong(FileOutcome::triples).sum();
    }

    public List<FileOutcome> failures() {
        return outcomes.stream().filter(outcome -> outcome.status() == FileOutcome.Status.FAILED).toList();
    }

    private long count(FileOutcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
