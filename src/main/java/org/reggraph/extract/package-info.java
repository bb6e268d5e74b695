/**
 * Pure functions from a document's plain text to what an analyst asks of it: deontic rules (who must, must
 * not, may or should do what, under which conditions), the entities they bind and mention, and the
 * instruments they cite. Hand-written patterns tuned against a labelled development set (see
 * {@code docs/extraction.md}); no I/O, no models loaded at run time, and every class is safe to share
 * between threads. {@link org.reggraph.extract.Extractor} is the one entry point the pipeline calls.
 */
package org.reggraph.extract;
