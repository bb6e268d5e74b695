/**
 * Tables of records that NIST and others publish beside their documents: a CSV file with a header, or a JSON
 * array of objects, with a column of identifiers (SSDF's {@code task_id}, the AI RMF's {@code subcategory_id},
 * CSF 2.0's {@code Subcategory ID}). Tika reads such a file as one run of cells; here each record becomes a
 * provision labelled with its identifier, its fields one to a line.
 */
package org.reggraph.ingest.records;
