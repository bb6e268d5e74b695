package org.reggraph.search;

/** A query people wrote that does not parse; the message says what is wrong, for a 400 answer. */
public class QuerySyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
