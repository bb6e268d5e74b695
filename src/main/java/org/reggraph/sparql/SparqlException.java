package org.reggraph.sparql;

/**
 * A SPARQL request that cannot be answered, with the HTTP status Fuseki would give: 400 for a bad query or
 * parameter, 403 for a refused update, 404 for an unknown graph, 406/415 for formats, 503 past the time limit.
 */
public final class SparqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public SparqlException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static SparqlException badRequest(String message) {
        return new SparqlException(400, message);
    }
}
