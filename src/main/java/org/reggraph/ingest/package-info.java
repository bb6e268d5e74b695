/**
 * From a file to a described document with its provisions: {@link org.reggraph.ingest.TextExtractor} is the one
 * parser entry point (Tika for most formats; the structured sources in {@code oscal} and {@code clml}, which
 * say themselves how they are cut and cited), {@link org.reggraph.ingest.Segmenter} cuts plain text where its
 * drafting marks are, and {@link org.reggraph.ingest.DocumentDescriber} gives the document its identity, title,
 * kind and date. Every character offset the graph stores points into the text made here.
 */
package org.reggraph.ingest;
