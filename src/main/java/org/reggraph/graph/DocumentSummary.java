package org.reggraph.graph;

/** A document as lists show it; {@code date} is ISO or null. */
public record DocumentSummary(String iri, String id, String identifier, String title, String kind, String issuer,
                              String date, String jurisdiction, String fileName, String mediaType,
                              int versionCount, boolean sample) {
}
