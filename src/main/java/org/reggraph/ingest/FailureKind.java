package org.reggraph.ingest;

/** Why a file could not be stored; each maps to one HTTP status so upload answers say the same thing. */
public enum FailureKind {
    UNSUPPORTED_TYPE(415),
    CORRUPT(422),
    ENCRYPTED(422),
    EMPTY(422),
    TOO_LARGE(413),
    TIMEOUT(422),
    UNREADABLE(422),
    STORE(500);

    private final int httpStatus;

    FailureKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
