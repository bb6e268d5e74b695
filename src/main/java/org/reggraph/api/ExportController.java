package org.reggraph.api;

import io.javalin.http.Context;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.reggraph.graph.GraphStore;

/**
 * {@code GET /api/v1/export}: the whole dataset, every named graph, for loading into another store.
 * N-Quads by default, {@code ?format=trig} for TriG; both are written as a stream inside one read
 * transaction, so the export is one consistent snapshot however long it takes.
 */
final class ExportController {
    private final GraphStore store;

    ExportController(GraphStore store) {
        this.store = store;
    }

    void export(Context ctx) {
        String format = Params.optionalText(ctx, "format");
        boolean trig = format != null && format.equalsIgnoreCase("trig");
        if (format != null && !trig && !format.equalsIgnoreCase("nquads")) {
            throw ApiException.badRequest("parameter 'format' must be nquads or trig, was '" + format + "'");
        }
        RDFFormat rdfFormat = trig ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS_UTF8;
        ctx.contentType((trig ? "application/trig" : "application/n-quads") + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"reggraph." + (trig ? "trig" : "nq") + "\"");
        store.read(() -> {
            RDFWriter.source(store.dataset().asDatasetGraph()).format(rdfFormat).output(ctx.outputStream());
            return null;
        });
    }
}
