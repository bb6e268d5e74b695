package org.reggraph.sparql;

import java.io.OutputStream;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * A query's answer, read completely inside the read transaction so that a timeout is still a clean 503 and
 * the writing can happen after the transaction: a boolean (ASK), rows (SELECT) or RDF (CONSTRUCT, DESCRIBE).
 *
 * @param truncated whether the result cap cut the answer short
 */
public record SparqlAnswer(Boolean bool, ResultSetRewindable rows, DatasetGraph rdf, boolean truncated) {

    static SparqlAnswer ofBoolean(boolean value) {
        return new SparqlAnswer(value, null, null, false);
    }

    static SparqlAnswer ofRows(ResultSetRewindable rows, boolean truncated) {
        return new SparqlAnswer(null, rows, null, truncated);
    }

    static SparqlAnswer ofRdf(DatasetGraph rdf, boolean truncated) {
        return new SparqlAnswer(null, null, rdf, truncated);
    }

    /** Whether the answer is written in a {@link ResultFormat} (else a {@link GraphFormat}). */
    public boolean isResults() {
        return rdf == null;
    }

    public void writeResults(OutputStream out, ResultFormat format) {
        ResultsWriter writer = ResultsWriter.create().lang(format.lang()).build();
        if (bool != null) {
            writer.write(out, bool.booleanValue());
        } else {
            rows.reset();
            writer.write(out, rows);
        }
    }

    public void writeRdf(OutputStream out, GraphFormat format) {
        RdfOutput.write(out, rdf, format);
    }
}
