package org.reggraph.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.reggraph.RegGraph;
import org.reggraph.config.AppConfig;
import org.reggraph.graph.NeighbourhoodReader;
import org.reggraph.graph.RuleTraceReader;
import org.reggraph.search.CrossReferencedSearch;

/**
 * Builds the HTTP server: REST API under {@code /api/v1}, the web UI from {@code web/}, security headers on
 * every response, and one error mapper. Binds where the config says, loopback by default.
 */
public final class ApiServer {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private ApiServer() {
    }

    /** How every JSON answer is written; the search benchmark writes its in-process answers the same way. */
    public static ObjectMapper jsonMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public static Javalin create(RegGraph regGraph) {
        AppConfig config = regGraph.config();
        ObjectMapper json = jsonMapper();
        SearchController search = new SearchController(
                new CrossReferencedSearch(regGraph.search(), regGraph.provisionContexts()));
        EntityController entities = new EntityController(regGraph.entities(), regGraph.graph(), regGraph.rules());
        DocumentController documents = new DocumentController(regGraph.graph());
        RuleController rules = new RuleController(regGraph.rules());
        SparqlController sparql = SparqlController.create(regGraph);
        LinkedDataController linkedData = LinkedDataController.create(regGraph);
        ExportController export = new ExportController(regGraph.store());
        RuleDetailController ruleDetails = new RuleDetailController(
                new RuleTraceReader(regGraph.store(), regGraph.iris()), regGraph.graph());
        NeighbourhoodController neighbourhoods = new NeighbourhoodController(
                new NeighbourhoodReader(regGraph.store(), regGraph.iris()), regGraph.iris());
        QueryExamplesController queryExamples = new QueryExamplesController();
        UploadController uploads = new UploadController(regGraph.pipeline(), new AuthGuard(config.adminToken()),
                config.maxUploadBytes());
        return Javalin.create(javalin -> {
            javalin.jsonMapper(new JavalinJackson(json, false));
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            javalin.http.maxRequestSize = config.maxUploadBytes();
            javalin.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes(), SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
            javalin.startup.showJavalinBanner = false;
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            javalin.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
            });
            javalin.routes.get("/api/v1/health", ctx -> ctx.json(Map.of("status", "ok",
                    "version", RegGraph.softwareVersion())));
            javalin.routes.get("/api/v1/openapi.json", OpenApiDocument::serve);
            javalin.routes.get("/api/v1/search", search::search);
            javalin.routes.get("/api/v1/documents", documents::list);
            javalin.routes.get("/api/v1/documents/{id}", documents::show);
            javalin.routes.get("/api/v1/documents/{id}/text", documents::text);
            javalin.routes.get("/api/v1/obligations", rules::list);
            javalin.routes.get("/sparql", sparql::get);
            javalin.routes.post("/sparql", sparql::post);
            javalin.routes.put("/sparql", sparql.graphStore()::put);
            javalin.routes.delete("/sparql", sparql.graphStore()::delete);
            javalin.routes.head("/sparql", sparql::get);
            // Graph Store Protocol, direct identification: the URL is the graph's IRI.
            String direct = "/sparql/<" + GraphStoreController.DIRECT_PATH + ">";
            javalin.routes.get(direct, sparql.graphStore()::get);
            javalin.routes.head(direct, sparql.graphStore()::get);
            javalin.routes.put(direct, sparql.graphStore()::put);
            javalin.routes.post(direct, sparql.graphStore()::post);
            javalin.routes.delete(direct, sparql.graphStore()::delete);
            javalin.routes.get("/id/<rest>", linkedData::dereference);
            javalin.routes.get("/ontology/context.jsonld", linkedData::context);
            javalin.routes.get("/api/v1/export", export::export);
            javalin.routes.get("/api/v1/rules", ruleDetails::byIri);
            javalin.routes.get("/api/v1/graph", neighbourhoods::around);
            javalin.routes.get("/api/v1/sparql/examples", queryExamples::list);
            javalin.routes.get("/api/v1/entities", entities::list);
            javalin.routes.get("/api/v1/entities/{id}", entities::show);
            javalin.routes.post("/api/v1/documents", uploads::upload);
            ErrorMapper.register(javalin.routes);
        });
    }
}
