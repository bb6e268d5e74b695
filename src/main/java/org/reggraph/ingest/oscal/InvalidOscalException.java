package org.reggraph.ingest.oscal;

/** A file that announced itself as an OSCAL catalog or profile and is not a readable one; the message says where. */
final class InvalidOscalException extends Exception {
    InvalidOscalException(String message) {
        super(message);
    }

    InvalidOscalException(String message, Throwable cause) {
        super(message, cause);
    }
}
