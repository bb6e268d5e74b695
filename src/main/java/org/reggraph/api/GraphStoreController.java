package org.reggraph.api;

import io.javalin.http.Context;
import org.apache.jena.graph.Graph;
import org.reggraph.sparql.ContentNegotiation;
import org.reggraph.sparql.GraphFormat;
import org.reggraph.sparql.GraphStoreReader;
import org.reggraph.sparql.RdfOutput;

/** Graph Store Protocol reads on {@code /sparql}: {@code ?graph=IRI} or {@code ?default}, any RDF format. */
final class GraphStoreController {
    private final GraphStoreReader reader;

    GraphStoreController(GraphStoreReader reader) {
        this.reader = reader;
    }

    void get(Context ctx) {
        String graph = ctx.queryParam("graph");
        if (graph != null && ctx.queryParamMap().containsKey("default")) {
            throw new ApiException(400, "give either 'graph' or 'default', not both");
        }
        if (graph != null && graph.isBlank()) {
            throw new ApiException(400, "parameter 'graph' must be an IRI");
        }
        GraphFormat chosen = SparqlController.answerErrors(() -> ContentNegotiation.choose(GraphFormat.class,
                ctx.queryParam("format"), ctx.header("Accept")));
        Graph content = SparqlController.answerErrors(() -> graph == null ? reader.defaultGraph() : reader.named(graph));
        ctx.header("Vary", "Accept");
        ctx.contentType(chosen.mediaType() + "; charset=utf-8");
        RdfOutput.write(ctx.outputStream(), content, chosen);
    }
}
