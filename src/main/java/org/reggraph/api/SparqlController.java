package org.reggraph.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.reggraph.RegGraph;
import org.reggraph.config.AppConfig;
import org.reggraph.sparql.GraphStoreReader;
import org.reggraph.sparql.GraphStoreWriter;
import org.reggraph.sparql.ContentNegotiation;
import org.reggraph.sparql.GraphFormat;
import org.reggraph.sparql.ResultFormat;
import org.reggraph.sparql.ServiceDescription;
import org.reggraph.sparql.RdfOutput;
import org.reggraph.sparql.SparqlAnswer;
import org.reggraph.sparql.SparqlException;
import org.reggraph.sparql.SparqlQueryService;
import org.reggraph.sparql.SparqlUpdateService;

/**
 * {@code /sparql}: the SPARQL 1.1 Protocol. GET with {@code query}; POST as a form ({@code query} or
 * {@code update}) or directly ({@code application/sparql-query}, {@code application/sparql-update}, UTF-8);
 * a plain GET answers the service description, {@code ?graph=} / {@code ?default} a Graph Store read
 * ({@link GraphStoreController}), and a POST of RDF creates a graph. Updates need {@code --sparql-update} or the admin token. Errors are plain
 * text, as Fuseki answers them.
 */
final class SparqlController {
    static final String RESULT_CAP_HEADER = "X-RegGraph-Result-Cap";
    static final String TRUNCATED_HEADER = "X-RegGraph-Result-Truncated";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";

    private final SparqlQueryService queries;
    private final SparqlUpdateService updates;
    private final GraphStoreController graphStore;
    private final SparqlWriteAccess access;

    SparqlController(SparqlQueryService queries, SparqlUpdateService updates, GraphStoreController graphStore,
                     SparqlWriteAccess access) {
        this.queries = queries;
        this.updates = updates;
        this.graphStore = graphStore;
        this.access = access;
    }

    static SparqlController create(RegGraph regGraph) {
        AppConfig config = regGraph.config();
        SparqlWriteAccess access = new SparqlWriteAccess(config);
        return new SparqlController(new SparqlQueryService(regGraph.store(), regGraph.search(), config.queryTimeout(),
                config.maxResults()), new SparqlUpdateService(regGraph.store(), regGraph::followGraphEdit),
                new GraphStoreController(new GraphStoreReader(regGraph.store()),
                        new GraphStoreWriter(regGraph.store(), regGraph::followGraphEdit), access), access);
    }

    GraphStoreController graphStore() {
        return graphStore;
    }

    void get(Context ctx) {
        if (ctx.queryParams("query").isEmpty() && GraphStoreController.names(ctx)) {
            graphStore.get(ctx);
            return;
        }
        if (!ctx.queryParams("update").isEmpty()) {
            throw new ApiException(400, "SPARQL Update must be sent with POST");
        }
        List<String> query = ctx.queryParams("query");
        if (query.isEmpty()) {
            serviceDescription(ctx);
            return;
        }
        runQuery(ctx, single("query", query), List.of());
    }

    void post(Context ctx) {
        MediaType contentType = contentType(ctx);
        String type = contentType == null ? "" : contentType.getContentTypeStr().toLowerCase(Locale.ROOT);
        switch (type) {
            case FORM -> postForm(ctx);
            case SPARQL_QUERY -> runQuery(ctx, utf8Body(ctx, contentType), List.of());
            case SPARQL_UPDATE -> runUpdate(ctx, utf8Body(ctx, contentType), List.of());
            default -> {
                if (GraphStoreController.names(ctx)) {
                    graphStore.post(ctx);
                    return;
                }
                if (GraphStoreController.creates(ctx)) {
                    graphStore.create(ctx);
                    return;
                }
                throw new ApiException(415, "POST needs Content-Type " + FORM + ", " + SPARQL_QUERY + " or "
                    + SPARQL_UPDATE + ", or RDF to store as a new graph" + (type.isEmpty() ? "" : "; was " + type));
            }
        }
    }

    private void postForm(Context ctx) {
        List<String> query = ctx.formParams("query");
        List<String> update = ctx.formParams("update");
        if (!query.isEmpty() && !update.isEmpty()) {
            throw new ApiException(400, "give either 'query' or 'update', not both");
        }
        if (!update.isEmpty()) {
            runUpdate(ctx, single("update", update), ctx.formParams("using-graph-uri"));
        } else if (!query.isEmpty()) {
            runQuery(ctx, single("query", query), ctx.formParams("default-graph-uri"));
        } else {
            throw new ApiException(400, "the form has neither 'query' nor 'update'");
        }
    }

    private void runQuery(Context ctx, String text, List<String> formDefaultGraphs) {
        Query query = answerErrors(() -> queries.parse(text, ctx.url()));
        DatasetDescription dataset = new DatasetDescription(
                concat(ctx.queryParams("default-graph-uri"), formDefaultGraphs),
                concat(ctx.queryParams("named-graph-uri"), formParamsIfForm(ctx, "named-graph-uri")));
        SparqlAnswer answer = answerErrors(() -> queries.execute(query, dataset));
        ctx.header(RESULT_CAP_HEADER, Integer.toString(queries.maxRows()));
        if (answer.truncated()) {
            ctx.header(TRUNCATED_HEADER, "true");
        }
        ctx.header("Vary", "Accept");
        String format = ctx.queryParam("format");
        if (answer.isResults()) {
            ResultFormat chosen = answerErrors(() -> ContentNegotiation.choose(ResultFormat.class, format,
                    ctx.header("Accept")));
            ctx.contentType(chosen.mediaType() + "; charset=utf-8");
            answer.writeResults(ctx.outputStream(), chosen);
        } else {
            GraphFormat chosen = answerErrors(() -> ContentNegotiation.choose(GraphFormat.class, format,
                    ctx.header("Accept")));
            ctx.contentType(chosen.mediaType() + "; charset=utf-8");
            answer.writeRdf(ctx.outputStream(), chosen);
        }
    }

    private void runUpdate(Context ctx, String text, List<String> formUsingGraphs) {
        access.require(ctx);
        var request = answerErrors(() -> updates.parse(text, ctx.url()));
        List<String> using = concat(ctx.queryParams("using-graph-uri"), formUsingGraphs);
        List<String> usingNamed = concat(ctx.queryParams("using-named-graph-uri"),
                formParamsIfForm(ctx, "using-named-graph-uri"));
        answerErrors(() -> {
            updates.execute(request, using, usingNamed);
            return null;
        });
        ctx.status(204);
    }

    private void serviceDescription(Context ctx) {
        GraphFormat chosen = answerErrors(() -> ContentNegotiation.choose(GraphFormat.class, ctx.queryParam("format"),
                ctx.header("Accept")));
        var description = ServiceDescription.describe(ctx.url(), access.available());
        ctx.header("Vary", "Accept");
        ctx.contentType(chosen.mediaType() + "; charset=utf-8");
        RdfOutput.write(ctx.outputStream(), description.getGraph(), chosen);
    }

    private static String utf8Body(Context ctx, MediaType contentType) {
        String charset = contentType.getCharset();
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ApiException(415, "the body must be UTF-8, was declared " + charset);
        }
        return new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
    }

    private static MediaType contentType(Context ctx) {
        String header = ctx.header("Content-Type");
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return MediaType.create(header);
        } catch (RuntimeException e) {
            throw new ApiException(415, "unreadable Content-Type: " + header);
        }
    }

    private static List<String> formParamsIfForm(Context ctx, String name) {
        MediaType type = contentType(ctx);
        return type != null && FORM.equalsIgnoreCase(type.getContentTypeStr()) ? ctx.formParams(name) : List.of();
    }

    private static String single(String name, List<String> values) {
        if (values.size() > 1) {
            throw new ApiException(400, "give one '" + name + "', not " + values.size());
        }
        return values.get(0);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Turns the service's typed refusals into answers with their status. */
    static <T> T answerErrors(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (SparqlException e) {
            throw new ApiException(e.status(), e.getMessage());
        }
    }
}
