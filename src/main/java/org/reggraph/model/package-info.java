/**
 * Immutable records that flow between the pipeline's stages: what a source document is, the provisions it
 * is cut into, and what the extractors find in it. No I/O and no library types live here.
 */
package org.reggraph.model;
