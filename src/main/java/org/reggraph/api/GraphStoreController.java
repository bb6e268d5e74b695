package org.reggraph.api;

import io.javalin.http.Context;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.reggraph.sparql.ContentNegotiation;
import org.reggraph.sparql.GraphFormat;
import org.reggraph.sparql.GraphStoreReader;
import org.reggraph.sparql.GraphStoreWriter;
import org.reggraph.sparql.RdfOutput;

/**
 * The Graph Store Protocol on {@code /sparql} with indirect identification ({@code ?graph=IRI} or
 * {@code ?default}): GET and HEAD read in any RDF format; PUT, POST and DELETE write, where SPARQL Update
 * may ({@link SparqlWriteAccess}). Reads of {@code ?default} give the union of documents, as queries see it.
 */
final class GraphStoreController {
    private final GraphStoreReader reader;
    private final GraphStoreWriter writer;
    private final SparqlWriteAccess access;

    GraphStoreController(GraphStoreReader reader, GraphStoreWriter writer, SparqlWriteAccess access) {
        this.reader = reader;
        this.writer = writer;
        this.access = access;
    }

    /** Whether the request names a graph, which makes it a Graph Store request. */
    static boolean names(Context ctx) {
        return ctx.queryParam("graph") != null || ctx.queryParamMap().containsKey("default");
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
        Lang lang = bodyLang(ctx);
        boolean created = SparqlController.answerErrors(() -> writer.put(graph, ctx.bodyAsBytes(), lang));
        ctx.status(created ? 201 : 204);
    }

    void post(Context ctx) {
        String graph = graphIri(ctx);
        access.require(ctx);
        Lang lang = bodyLang(ctx);
        boolean created = SparqlController.answerErrors(() -> writer.post(graph, ctx.bodyAsBytes(), lang));
        ctx.status(created ? 201 : 204);
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

    private static Lang bodyLang(Context ctx) {
        String header = ctx.header("Content-Type");
        Lang lang = header == null ? null : RDFLanguages.contentTypeToLang(ContentType.create(header).getContentTypeStr());
        if (lang == null || !RDFLanguages.isTriples(lang)) {
            throw new ApiException(415, "the body must be RDF (Turtle, N-Triples, JSON-LD, RDF/XML), Content-Type was "
                    + header);
        }
        return lang;
    }
}
