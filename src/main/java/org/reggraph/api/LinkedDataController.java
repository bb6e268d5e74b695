package org.reggraph.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.reggraph.RegGraph;
import org.reggraph.graph.Iris;
import org.reggraph.sparql.ContentNegotiation;
import org.reggraph.sparql.GraphFormat;
import org.reggraph.sparql.NodeDescriber;
import org.reggraph.sparql.RdfOutput;

/**
 * Dereferences the IRIs RegGraph mints: {@code /id/<rest>} stands for {@code <baseIri><rest>}. A browser is
 * sent (303) to the UI's page for the node; an RDF client gets the node's description in the format it
 * asks for (Turtle by default, JSON-LD, ...). 404 when the store knows nothing about the IRI.
 */
final class LinkedDataController {
    static final String PATH_PREFIX = "/id/";
    static final String CONTEXT_RESOURCE = "/ontology/context.jsonld";

    private final NodeDescriber describer;
    private final Iris iris;

    LinkedDataController(NodeDescriber describer, Iris iris) {
        this.describer = describer;
        this.iris = iris;
    }

    static LinkedDataController create(RegGraph regGraph) {
        return new LinkedDataController(new NodeDescriber(regGraph.store()), regGraph.iris());
    }

    void dereference(Context ctx) {
        String rest = ctx.path().substring(PATH_PREFIX.length());
        if (rest.isEmpty()) {
            throw ApiException.notFound("no such resource: " + ctx.path());
        }
        String iri = iris.base() + rest;
        Graph description = describer.describe(iri)
                .orElseThrow(() -> ApiException.notFound("RegGraph knows nothing about <" + iri + ">"));
        ctx.header("Vary", "Accept");
        if (ContentNegotiation.prefersHtml(ctx.header("Accept")) && ctx.queryParam("format") == null) {
            ctx.redirect(pageFor(iri), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        GraphFormat chosen = SparqlController.answerErrors(() -> ContentNegotiation.choose(GraphFormat.class,
                ctx.queryParam("format"), ctx.header("Accept")));
        ctx.contentType(chosen.mediaType() + "; charset=utf-8");
        RdfOutput.write(ctx.outputStream(), description, chosen);
    }

    /** The UI's page for a node: documents have their own page, any other node the generic one. */
    private String pageFor(String iri) {
        String key = iris.documentKeyOf(iri);
        if (key != null && iris.document(key).equals(iri)) {
            return "/document.html?id=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        }
        return "/node.html?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /** The JSON-LD context for RegGraph's terms, packed into the jar from {@code ontology/}. */
    void context(Context ctx) {
        try (InputStream in = LinkedDataController.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw ApiException.notFound("this build has no JSON-LD context");
            }
            ctx.contentType("application/ld+json; charset=utf-8").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONTEXT_RESOURCE, e);
        }
    }
}
