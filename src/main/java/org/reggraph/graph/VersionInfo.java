package org.reggraph.graph;

/** One stored version of a document. */
public record VersionInfo(String iri, String sha256, String fileName, String mediaType, String ingestedAt,
                          String revisionOf, boolean current) {
}
