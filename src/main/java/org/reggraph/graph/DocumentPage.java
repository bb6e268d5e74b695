package org.reggraph.graph;

import java.util.List;

/** One page of the documents in the store, in title order, and how many there are in all. */
public record DocumentPage(long total, List<DocumentSummary> documents) {
    public DocumentPage {
        documents = List.copyOf(documents);
    }
}
