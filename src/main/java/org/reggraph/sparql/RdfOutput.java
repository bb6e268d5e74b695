package org.reggraph.sparql;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Writes RDF answers: a graph format writes the default graph, a quad format (TriG, N-Quads) the dataset. */
public final class RdfOutput {
    private RdfOutput() {
    }

    public static void write(OutputStream out, DatasetGraph rdf, GraphFormat format) {
        if (format.isQuads()) {
            RDFWriter.source(rdf).format(format.rdfFormat()).output(out);
        } else {
            RDFWriter.source(rdf.getDefaultGraph()).format(format.rdfFormat()).output(out);
        }
    }

    public static void write(OutputStream out, Graph graph, GraphFormat format) {
        write(out, DatasetGraphFactory.wrap(graph), format);
    }
}
