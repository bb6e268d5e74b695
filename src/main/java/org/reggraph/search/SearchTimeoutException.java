package org.reggraph.search;

/** A search that ran past its time limit; answered 503 so clients know to narrow it or retry. */
public class SearchTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchTimeoutException(String message) {
        super(message);
    }
}
