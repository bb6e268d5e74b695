/**
 * Dense vectors for provisions: an in-process ONNX embedding model loaded from a Maven Central jar (never
 * downloaded), the policy of which provisions get vectors at ingest, and the Lucene KNN field that holds
 * them.
 */
package org.reggraph.search.semantic;
