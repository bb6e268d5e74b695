package org.reggraph.ingest.oscal;

/** A file that announced itself as an OSCAL catalog and is not a readable one; the message says where. */
final class InvalidCatalogException extends Exception {
    InvalidCatalogException(String message) {
        super(message);
    }

    InvalidCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
