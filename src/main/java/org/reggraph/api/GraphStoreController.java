package org.reggraph.api;

import io.javalin.http.Context;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.reggraph.sparql.ContentNegotiation;
import org.reggraph.sparql.GraphFormat;
import org.reggraph.sparql.GraphStoreReader;
import org.reggraph.sparql.GraphStoreWriter;
import org.reggraph.sparql.RdfOutput;

/**
 * The Graph Store Protocol. Indirect identification on {@code /sparql}: {@code ?graph=IRI} names a graph,
 * {@code ?default} the store's own default graph (the one Update's {@code DEFAULT} names; queries see the
 * union of the named graphs instead). Direct identification under {@code /sparql/}: the request URL is the
 * graph's IRI, so those graphs never collide with the documents' graphs, whose IRIs lie under the base IRI.
 * GET and HEAD read in any RDF format; PUT, POST and DELETE write where SPARQL Update may
 * ({@link SparqlWriteAccess}); a POST of RDF to {@code /sparql} itself creates a graph with a fresh IRI.
 */
final class GraphStoreController {
    /** The path parameter of the direct-identification route {@code /sparql/<path>}. */
    static final String DIRECT_PATH = "path";

    private final GraphStoreReader reader;
    private final GraphStoreWriter writer;
    private final SparqlWriteAccess access;

    GraphStoreController(GraphStoreReader reader, GraphStoreWriter writer, SparqlWriteAccess access) {
        this.reader = reader;
        this.writer = writer;
        this.access = access;
    }

    /** Whether a request to {@code /sparql} names a graph, which makes it a Graph Store request. */
    static boolean names(Context ctx) {
        return ctx.queryParam("graph") != null || ctx.queryParamMap().containsKey("default");
    }

    /** Whether a POST to {@code /sparql} that names no graph carries one to create. */
    static boolean creates(Context ctx) {
        return !names(ctx) && GraphPayloads.carriesRdf(ctx);
    }

    void get(Context ctx) {
        String graph = graphIri(ctx);
        GraphFormat chosen = SparqlController.answerErrors(() -> ContentNegotiation.choose(GraphFormat.class,
                ctx.queryParam("format"), ctx.header("Accept")));
        Graph content = SparqlController.answerErrors(() -> graph == null ? reader.defaultGraph() : reader.named(graph));
        ctx.header("Vary", "Accept");
        ctx.contentType(chosen.mediaType() + "; charset=utf-8");
        RdfOutput.write(ctx.outputStream(), content, chosen);
    }

    void put(Context ctx) {
        String graph = graphIri(ctx);
        access.require(ctx);
        var payloads = GraphPayloads.read(ctx);
        boolean created = SparqlController.answerErrors(() -> writer.put(graph, payloads));
        ctx.status(created ? 201 : 204);
    }

    void post(Context ctx) {
        String graph = graphIri(ctx);
        access.require(ctx);
        var payloads = GraphPayloads.read(ctx);
        boolean created = SparqlController.answerErrors(() -> writer.post(graph, payloads));
        ctx.status(created ? 201 : 204);
    }

    /**
     * A POST to the Graph Store itself (5.5): the new graph's IRI lies under the endpoint, so it is
     * dereferenceable here by direct identification; a random UUID cannot name an existing graph.
     */
    void create(Context ctx) {
        access.require(ctx);
        var payloads = GraphPayloads.read(ctx);
        String endpoint = ctx.url().endsWith("/") ? ctx.url() : ctx.url() + "/";
        String graph = endpoint + UUID.randomUUID();
        SparqlController.answerErrors(() -> writer.post(graph, payloads));
        ctx.header("Location", graph);
        ctx.status(201);
    }

    void delete(Context ctx) {
        String graph = graphIri(ctx);
        access.require(ctx);
        SparqlController.answerErrors(() -> {
            writer.delete(graph);
            return null;
        });
        ctx.status(204);
    }

    /** The named graph's IRI, or null for {@code ?default}; a request must name exactly one. */
    private static String graphIri(Context ctx) {
        String graph = ctx.queryParam("graph");
        boolean isDefault = ctx.queryParamMap().containsKey("default");
        if (ctx.pathParamMap().containsKey(DIRECT_PATH)) {
            if (graph != null || isDefault) {
                throw new ApiException(400, "a graph named by its URL under /sparql/ takes no 'graph' or 'default'");
            }
            return ctx.url();
        }
        if (graph != null && isDefault) {
            throw new ApiException(400, "give either 'graph' or 'default', not both");
        }
        if (graph == null && !isDefault) {
            throw new ApiException(400, "name a graph with ?graph=IRI or ?default");
        }
        if (graph != null && graph.isBlank()) {
            throw new ApiException(400, "parameter 'graph' must be an IRI");
        }
        return graph;
    }
}
