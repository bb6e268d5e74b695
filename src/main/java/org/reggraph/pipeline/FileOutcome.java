package org.reggraph.pipeline;

import org.reggraph.ingest.FailureKind;

/** What happened to one file in a batch. */
public record FileOutcome(String file, Status status, String documentId, int provisions, int rules, long triples,
                          FailureKind failure, String reason) {
    public enum Status { STORED, NEW_VERSION, REDERIVED, UNCHANGED, FAILED }

    static FileOutcome failed(String file, FailureKind failure, String reason) {
        return new FileOutcome(file, Status.FAILED, null, 0, 0, 0, failure, reason);
    }

    static FileOutcome unchanged(String file, String documentId) {
        return new FileOutcome(file, Status.UNCHANGED, documentId, 0, 0, 0, null, null);
    }
}
